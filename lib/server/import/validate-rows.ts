/**
 * Validation of CSV rows against the field schemas and the database (through an ImportContext):
 * per row, a message per offending cell and what committing would do (create, update, unchanged).
 * Pure and synchronous per row, so the caller can process a large file in chunks and report
 * progress between them.
 */
import { z } from "zod";
import { checkCloudPlacement } from "@/lib/validation/inventory";
import { IMPORT_COLUMNS, IMPORT_LABELS, type ImportEntity } from "@/lib/import/columns";
import type { ParsedCsv } from "@/lib/csv/parse-csv";
import {
  deploymentRowSchema,
  HEADER_FIELDS,
  headerOf,
  modelRowSchema,
  vendorRowSchema,
} from "./row-schemas";
import { resolveReferences } from "./resolve-references";
import {
  modelKey,
  type ImportContext,
  type RowAction,
  type RowResult,
  type ValidationResult,
  type Values,
} from "./import-types";

const SCHEMAS: Record<ImportEntity, z.ZodType<Record<string, unknown>>> = {
  vendors: vendorRowSchema,
  models: modelRowSchema,
  deployments: deploymentRowSchema,
};

/** Which stored field each CSV header fills (natural keys fill the id they resolve to). */
export const STORED_FIELD: Record<ImportEntity, Record<string, string>> = {
  vendors: HEADER_FIELDS.vendors,
  models: { ...HEADER_FIELDS.models, vendor: "vendorId" },
  deployments: {
    ...HEADER_FIELDS.deployments,
    vendor: "modelId",
    model: "modelId",
    fallback_vendor: "fallbackModelId",
    fallback_model: "fallbackModelId",
  },
};

// Zod skips an object's refinements once a field fails, so the cloud placement is checked on its
// own too: a row with a bad user count should still learn that its region does not exist.
const placementSchema = z
  .object({
    cloudProvider: z.string().trim().toUpperCase(),
    cloudRegion: z.string().trim(),
    processingScope: z.string().trim(),
  })
  .superRefine(checkCloudPlacement);

function placementErrors(raw: Record<string, string | undefined>, errors: Record<string, string>) {
  const result = placementSchema.safeParse({
    cloudProvider: raw.cloud_provider,
    cloudRegion: raw.cloud_region,
    processingScope: raw.processing_scope,
  });
  if (result.success) return;
  for (const issue of result.error.issues)
    if (issue.code === "custom")
      errors[headerOf("deployments", String(issue.path[0]))] ??= issue.message;
}

/** Missing required columns and unknown columns: the file cannot be read as this entity. */
export function checkHeaders(entity: ImportEntity, headers: string[]): string[] {
  const known = new Set(IMPORT_COLUMNS[entity].map((c) => c.header));
  const present = new Set(headers);
  const errors: string[] = [];
  const missing = IMPORT_COLUMNS[entity].filter((c) => c.required && !present.has(c.header));
  if (missing.length)
    errors.push(
      `Missing column${missing.length > 1 ? "s" : ""}: ${missing.map((c) => c.header).join(", ")}.`,
    );
  const unknown = headers.filter((h) => !known.has(h));
  if (unknown.length)
    errors.push(
      `Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. Download the template for the expected columns.`,
    );
  const seen = new Set<string>();
  for (const h of headers) {
    if (seen.has(h)) errors.push(`Column "${h}" appears twice.`);
    seen.add(h);
  }
  return errors;
}

function storedValues(
  entity: ImportEntity,
  data: Record<string, unknown>,
  ids: Record<string, string | null>,
): Values {
  const values: Values = {};
  for (const [field, value] of Object.entries(data)) {
    if (field.endsWith("Name") && field !== "name") continue;
    values[field] = value === undefined ? null : (value as Values[string]);
  }
  if (entity !== "vendors") Object.assign(values, ids);
  return values;
}

function naturalKey(entity: ImportEntity, raw: Record<string, string | undefined>): string | null {
  if (entity === "vendors") return raw.name ?? null;
  if (entity === "models") return raw.vendor && raw.name ? modelKey(raw.vendor, raw.name) : null;
  return raw.ref ? raw.ref.toUpperCase() : null;
}

const KEY_HEADER: Record<ImportEntity, string> = {
  vendors: "name",
  models: "name",
  deployments: "ref",
};

/** A validator for the rows of one file; it remembers keys to report duplicates inside the file. */
export function createRowValidator(entity: ImportEntity, headers: string[], ctx: ImportContext) {
  const seen = new Map<string, number>();
  const compared = [...new Set(headers.map((h) => STORED_FIELD[entity][h]).filter(Boolean))];
  const schema = SCHEMAS[entity];

  return (cells: Record<string, string>, index: number): RowResult => {
    const row = index + 2;
    const raw: Record<string, string | undefined> = {};
    const input: Record<string, string | undefined> = {};
    for (const h of headers) {
      const field = HEADER_FIELDS[entity][h];
      if (!field) continue;
      const cell = cells[h]?.trim();
      raw[h] = cell === "" ? undefined : cell;
      // An empty cell is "not given": required fields say so, optional ones become empty.
      input[field] = raw[h];
    }
    const errors: Record<string, string> = {};
    const parsed = schema.safeParse(input);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const header = headerOf(entity, String(issue.path[0] ?? ""));
        errors[header] ??= issue.message;
      }
    if (!parsed.success && entity === "deployments") placementErrors(raw, errors);
    const resolved = resolveReferences(entity, raw, ctx);
    for (const [h, message] of Object.entries(resolved.errors)) errors[h] ??= message;

    const key = naturalKey(entity, raw) ?? "";
    if (key) {
      const first = seen.get(key);
      if (first !== undefined)
        errors[KEY_HEADER[entity]] ??=
          `Duplicate of row ${first}: each ${IMPORT_LABELS[entity].singular} may appear once per file.`;
      else seen.set(key, row);
    }
    const existing = key ? (ctx.existing.get(key) ?? null) : null;
    if (!parsed.success || Object.keys(errors).length > 0)
      return { row, key, action: "invalid", errors, values: null, existing, changed: [] };

    const values = storedValues(entity, parsed.data, resolved.ids);
    const changed = existing ? compared.filter((f) => existing.values[f] !== values[f]) : [];
    const action: RowAction = !existing ? "create" : changed.length ? "update" : "unchanged";
    return { row, key, action, errors, values, existing, changed };
  };
}

export function emptyCounts(): Record<RowAction, number> {
  return { create: 0, update: 0, unchanged: 0, invalid: 0 };
}

/** Every row of a parsed file at once (tests and small files; the runner goes chunk by chunk). */
export function validateRows(
  entity: ImportEntity,
  parsed: ParsedCsv,
  ctx: ImportContext,
): ValidationResult {
  const fileErrors = [
    ...checkHeaders(entity, parsed.headers),
    ...parsed.errors.map((e) => (e.row ? `Row ${e.row}: ${e.message}` : e.message)),
  ];
  const counts = emptyCounts();
  if (fileErrors.length) return { entity, fileErrors, rows: [], counts };
  const validate = createRowValidator(entity, parsed.headers, ctx);
  const rows = parsed.rows.map((cells, i) => validate(cells, i));
  for (const r of rows) counts[r.action]++;
  return { entity, fileErrors, rows, counts };
}
