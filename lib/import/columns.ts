/**
 * The CSV columns of each importable entity: header, the form field it fills, whether it is
 * required, an example and a one-line explanation. Shared by the template download, the column
 * docs on the import page and the server's row validation, so the three cannot drift apart.
 * References to other rows use natural keys (vendor name, vendor + model name, deployment ref),
 * never database ids, so a file can be written by hand or exported from another system.
 */
import { toCsv } from "@/lib/csv/parse-csv";

export const IMPORT_ENTITIES = ["vendors", "models", "deployments"] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export function isImportEntity(value: string): value is ImportEntity {
  return (IMPORT_ENTITIES as readonly string[]).includes(value);
}

export interface ImportColumn {
  header: string;
  required: boolean;
  example: string;
  doc: string;
}

export const IMPORT_LABELS: Record<ImportEntity, { plural: string; singular: string }> = {
  vendors: { plural: "Vendors", singular: "vendor" },
  models: { plural: "Models", singular: "model" },
  deployments: { plural: "Deployments", singular: "deployment" },
};

const col = (header: string, required: boolean, example: string, doc: string): ImportColumn => ({
  header,
  required,
  example,
  doc,
});

export const IMPORT_COLUMNS: Record<ImportEntity, ImportColumn[]> = {
  vendors: [
    col("name", true, "Example AI Ltd", "Vendor name; the key: an existing name is updated."),
    col("hq_country", false, "GB", "Headquarters, ISO two-letter country code."),
    col("website", false, "https://example.ai", "Full web address."),
    col("status", true, "ACTIVE", "ACTIVE, UNDER_REVIEW or OFFBOARDED."),
    col("owner", false, "Procurement", "Who owns the relationship."),
    col("notes", false, "", "Free text."),
  ],
  models: [
    col("vendor", true, "OpenAI", "Name of an existing vendor."),
    col("name", true, "Example-1", "Model name; with the vendor, the key."),
    col("model_version", false, "2026-01", "Version label."),
    col("origin_country", false, "GB", "Where it was developed; empty = unknown (worst case)."),
    col("weights", false, "CLOSED", "OPEN or CLOSED; empty = unknown."),
    col("training_compute_flop", false, "3e25", "Estimated training compute in FLOP."),
    col("compute_source", false, "Vendor model card", "Where the estimate comes from."),
    col("capability_class", true, "GENERAL", "NARROW, GENERAL or FRONTIER."),
    col("modality", false, "TEXT", "TEXT, MULTIMODAL, CODE, EMBEDDING, IMAGE or AUDIO."),
    col("release_date", false, "2026-01-15", "YYYY-MM-DD."),
    col("export_classification", false, "", "e.g. an ECCN."),
  ],
  deployments: [
    col("ref", true, "DEP-9001", "Deployment reference; the key: an existing ref is updated."),
    col("vendor", true, "OpenAI", "Vendor of the model."),
    col("model", true, "GPT-4o", "Model name at that vendor."),
    col("country", true, "DE", "Country served, ISO two-letter code."),
    col("cloud_provider", true, "AZURE", "AZURE, AWS, GCP, ORACLE, VENDOR_API or ON_PREM."),
    col("cloud_region", true, "swedencentral", "Region id of that provider."),
    col("processing_scope", true, "REGIONAL", "REGIONAL, ZONE or GLOBAL."),
    col("business_unit", true, "Retail Banking", "Owning business unit."),
    col("use_case", true, "Chat assistant", "What it is used for."),
    col("data_sensitivity", true, "3", "1 (public) to 5 (most sensitive)."),
    col("business_criticality", true, "4", "1 to 5."),
    col("users", true, "1200", "Number of users, a whole number."),
    col("status", true, "LIVE", "PLANNED, LIVE or RETIRED."),
    col("go_live_date", false, "2026-03-01", "YYYY-MM-DD."),
    col("fallback_vendor", false, "", "Vendor of the fallback model, if any."),
    col("fallback_model", false, "", "Fallback model name at that vendor."),
  ],
};

/** The template a user downloads: the header row and one example row. */
export function templateCsv(entity: ImportEntity): string {
  const columns = IMPORT_COLUMNS[entity];
  return toCsv(
    columns.map((c) => c.header),
    [columns.map((c) => c.example)],
  );
}

/** Largest file accepted: 10,000 deployment rows take about 1.5 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
