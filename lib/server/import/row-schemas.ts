/**
 * Zod schemas for one CSV row of each entity, built from the inventory field schemas so a CSV cell
 * is held to exactly the rules of the matching form field. Ids are swapped for natural keys
 * (vendor name, model name), which validate-rows.ts resolves against the database.
 */
import { z } from "zod";
import type { ImportEntity } from "@/lib/import/columns";
import {
  checkCloudPlacement,
  deploymentFieldsShape,
  modelFieldsSchema,
  vendorFieldsSchema,
} from "@/lib/validation/inventory";

const nameKey = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(200, "Use at most 200 characters.");

export const vendorRowSchema = vendorFieldsSchema;

export const modelRowSchema = modelFieldsSchema
  .omit({ vendorId: true })
  .extend({ vendorName: nameKey("vendor's name") });

export const deploymentRowSchema = deploymentFieldsShape
  .omit({ modelId: true, fallbackModelId: true, licensedCodes: true })
  .extend({
    vendorName: nameKey("model's vendor"),
    modelName: nameKey("model's name"),
    fallbackVendorName: z.string().trim().max(200).optional(),
    fallbackModelName: z.string().trim().max(200).optional(),
  })
  .superRefine(checkCloudPlacement)
  .superRefine((row, ctx) => {
    if (!row.fallbackVendorName !== !row.fallbackModelName)
      ctx.addIssue({
        code: "custom",
        path: [row.fallbackVendorName ? "fallbackModelName" : "fallbackVendorName"],
        message: "Give both the fallback vendor and the fallback model, or neither.",
      });
  });

export type VendorRow = z.output<typeof vendorRowSchema>;
export type ModelRow = z.output<typeof modelRowSchema>;
export type DeploymentRow = z.output<typeof deploymentRowSchema>;

/** CSV header → schema field, per entity (the headers are documented in lib/import/columns.ts). */
export const HEADER_FIELDS: Record<ImportEntity, Record<string, string>> = {
  vendors: {
    name: "name",
    hq_country: "hqCode",
    website: "website",
    status: "status",
    owner: "owner",
    notes: "notes",
  },
  models: {
    vendor: "vendorName",
    name: "name",
    model_version: "modelVersion",
    origin_country: "originCode",
    weights: "weights",
    training_compute_flop: "trainingComputeFlop",
    compute_source: "computeSource",
    capability_class: "capabilityClass",
    modality: "modality",
    release_date: "releaseDate",
    export_classification: "exportClassification",
  },
  deployments: {
    ref: "ref",
    vendor: "vendorName",
    model: "modelName",
    country: "jurisdictionCode",
    cloud_provider: "cloudProvider",
    cloud_region: "cloudRegion",
    processing_scope: "processingScope",
    business_unit: "businessUnit",
    use_case: "useCase",
    data_sensitivity: "dataSensitivity",
    business_criticality: "businessCriticality",
    users: "users",
    status: "status",
    go_live_date: "goLiveDate",
    fallback_vendor: "fallbackVendorName",
    fallback_model: "fallbackModelName",
  },
};

/** Schema field → CSV header, so an error lands on the cell the user typed. */
export function headerOf(entity: ImportEntity, field: string): string {
  for (const [header, f] of Object.entries(HEADER_FIELDS[entity])) if (f === field) return header;
  return field;
}
