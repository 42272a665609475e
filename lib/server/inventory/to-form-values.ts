import type { z } from "zod";
import type {
  contractUpdateSchema,
  deploymentUpdateSchema,
  modelUpdateSchema,
  vendorUpdateSchema,
} from "@/lib/validation/inventory";

/**
 * Database rows as edit-form values (and as the base a REST PATCH is merged onto): unknown values
 * become empty strings, dates YYYY-MM-DD, so a form round-trips a row without changing it.
 */
export type VendorFormValues = z.input<typeof vendorUpdateSchema>;
export type ModelFormValues = z.input<typeof modelUpdateSchema>;
export type DeploymentFormValues = z.input<typeof deploymentUpdateSchema>;
export type ContractFormValues = z.input<typeof contractUpdateSchema>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const flop = (n: number | null) => (n === null ? "" : String(n));

export const toFormValues = {
  vendor: (v: {
    id: string;
    version: number;
    name: string;
    hqCode: string | null;
    website: string | null;
    status: "ACTIVE" | "UNDER_REVIEW" | "OFFBOARDED";
    owner: string;
    notes: string;
    cloudProviderCode: string | null;
  }): VendorFormValues => ({
    id: v.id,
    version: v.version,
    name: v.name,
    hqCode: v.hqCode ?? "",
    website: v.website ?? "",
    status: v.status,
    owner: v.owner,
    notes: v.notes,
    cloudProviderCode: (v.cloudProviderCode ?? "") as VendorFormValues["cloudProviderCode"],
  }),
  model: (m: {
    id: string;
    version: number;
    vendorId: string;
    name: string;
    modelVersion: string;
    originCode: string | null;
    weights: "OPEN" | "CLOSED" | null;
    trainingComputeFlop: number | null;
    trainingComputeMinFlop: number | null;
    trainingComputeMaxFlop: number | null;
    computeSource: string | null;
    licence: "OPEN" | "OPEN_NON_COMMERCIAL" | "CUSTOM_RESTRICTIONS" | "PROPRIETARY" | null;
    licenceName: string | null;
    capabilityClass: "NARROW" | "GENERAL" | "FRONTIER";
    modality: "TEXT" | "MULTIMODAL" | "CODE" | "EMBEDDING" | "IMAGE" | "AUDIO";
    releaseDate: Date | null;
    exportClassification: string | null;
  }): ModelFormValues => ({
    id: m.id,
    version: m.version,
    vendorId: m.vendorId,
    name: m.name,
    modelVersion: m.modelVersion,
    originCode: m.originCode ?? "",
    weights: m.weights,
    trainingComputeFlop: flop(m.trainingComputeFlop),
    trainingComputeMinFlop: flop(m.trainingComputeMinFlop),
    trainingComputeMaxFlop: flop(m.trainingComputeMaxFlop),
    computeSource: m.computeSource ?? "",
    licence: m.licence,
    licenceName: m.licenceName ?? "",
    capabilityClass: m.capabilityClass,
    modality: m.modality,
    releaseDate: day(m.releaseDate),
    exportClassification: m.exportClassification ?? "",
  }),
  deployment: (d: {
    id: string;
    version: number;
    ref: string;
    modelId: string;
    jurisdictionCode: string;
    cloudProvider: string;
    cloudRegion: string;
    processingScope: "REGIONAL" | "ZONE" | "GLOBAL";
    businessUnit: string;
    useCase: string;
    dataSensitivity: number;
    businessCriticality: number;
    users: number;
    status: "PLANNED" | "LIVE" | "RETIRED";
    goLiveDate: Date | null;
    fallbackModelId: string | null;
    licensedCodes: string[];
  }): DeploymentFormValues => ({
    id: d.id,
    version: d.version,
    ref: d.ref,
    modelId: d.modelId,
    jurisdictionCode: d.jurisdictionCode,
    cloudProvider: d.cloudProvider,
    cloudRegion: d.cloudRegion,
    processingScope: d.processingScope,
    businessUnit: d.businessUnit,
    useCase: d.useCase,
    dataSensitivity: d.dataSensitivity,
    businessCriticality: d.businessCriticality,
    users: d.users,
    status: d.status,
    goLiveDate: day(d.goLiveDate),
    fallbackModelId: d.fallbackModelId ?? "",
    licensedCodes: d.licensedCodes.join(", "),
  }),
  contract: (c: {
    id: string;
    version: number;
    vendorId: string;
    title: string;
    effectiveDate: Date;
    expiryDate: Date | null;
    governingLawCode: string | null;
    coverage: "ALL_SERVICES" | "MODEL_SERVICE" | "LISTED_MODELS";
    coveredModelIds: string[];
  }): ContractFormValues => ({
    id: c.id,
    version: c.version,
    vendorId: c.vendorId,
    title: c.title,
    effectiveDate: day(c.effectiveDate),
    expiryDate: day(c.expiryDate),
    governingLawCode: c.governingLawCode ?? "",
    coverage: c.coverage,
    coveredModelIds: c.coveredModelIds,
  }),
};
