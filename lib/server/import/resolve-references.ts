/**
 * Natural-key resolution for one row: country codes, vendor names and vendor + model names are
 * looked up in the import context. Runs on the raw cells, so a row whose other fields are invalid
 * still learns that its vendor is unknown; each message names the value the user typed.
 */
import type { ImportEntity } from "@/lib/import/columns";
import { modelKey, type ImportContext } from "./import-types";

type Raw = Record<string, string | undefined>;

export interface Resolved {
  ids: Record<string, string | null>;
  /** CSV header → message */
  errors: Record<string, string>;
}

function country(ctx: ImportContext, raw: Raw, header: string, out: Resolved) {
  const code = raw[header]?.trim().toUpperCase();
  if (code && /^[A-Z]{2}$/.test(code) && !ctx.countries.has(code))
    out.errors[header] = `Unknown country "${code}": use an ISO 3166-1 alpha-2 code, e.g. DE.`;
}

function model(
  ctx: ImportContext,
  vendorName: string | undefined,
  modelName: string | undefined,
  headers: { vendor: string; model: string },
  out: Resolved,
): string | null {
  if (!vendorName || !modelName) return null;
  if (!ctx.vendorIds.has(vendorName)) {
    out.errors[headers.vendor] = `Unknown vendor "${vendorName}": add the vendor first.`;
    return null;
  }
  const id = ctx.modelIds.get(modelKey(vendorName, modelName));
  if (!id) out.errors[headers.model] = `${vendorName} has no model "${modelName}".`;
  return id ?? null;
}

/** `raw` holds trimmed cells by CSV header (undefined when empty or absent). */
export function resolveReferences(entity: ImportEntity, raw: Raw, ctx: ImportContext): Resolved {
  const out: Resolved = { ids: {}, errors: {} };
  if (entity === "vendors") {
    country(ctx, raw, "hq_country", out);
  } else if (entity === "models") {
    country(ctx, raw, "origin_country", out);
    const name = raw.vendor;
    if (name && !ctx.vendorIds.has(name))
      out.errors.vendor = `Unknown vendor "${name}": add the vendor first.`;
    out.ids.vendorId = (name && ctx.vendorIds.get(name)) || null;
  } else {
    country(ctx, raw, "country", out);
    out.ids.modelId = model(ctx, raw.vendor, raw.model, { vendor: "vendor", model: "model" }, out);
    out.ids.fallbackModelId = model(
      ctx,
      raw.fallback_vendor,
      raw.fallback_model,
      { vendor: "fallback_vendor", model: "fallback_model" },
      out,
    );
  }
  return out;
}
