import type { InventoryIndex } from "../scenario/index-inventory";
import type { ExposureSets } from "../scenario/intern-exposure";

export const DIVERSIFIED = 0;
export const SINGLE_ORIGIN = 1;
export const ORIGIN_UNKNOWN = 2;

/**
 * How concentrated each model's vendor is on one origin country. Several known origins =
 * diversified; exactly one known origin = single origin (models with an unknown origin are assumed
 * to share it, the worst case); none known = unknown, treated as concentrated too.
 * A model whose vendor is not in the inventory is judged on its own origin.
 */
export interface VendorOrigins {
  /** DIVERSIFIED | SINGLE_ORIGIN | ORIGIN_UNKNOWN per model. */
  readonly kind: Uint8Array;
  /** The origin code per model (single origin only). */
  readonly origin: (string | null)[];
  /** Jurisdiction index of that origin per model; -1 when not a jurisdiction in the inventory. */
  readonly originJurisdiction: Int32Array;
}

export function computeVendorOrigins(index: InventoryIndex): VendorOrigins {
  const models = index.inventory.models;
  const originsByVendor = new Map<number, Set<string>>();
  models.forEach((model, m) => {
    const vendor = index.modelVendor[m];
    if (vendor < 0) return;
    let origins = originsByVendor.get(vendor);
    if (!origins) originsByVendor.set(vendor, (origins = new Set()));
    if (model.originCode !== null) origins.add(model.originCode);
  });

  const kind = new Uint8Array(models.length);
  const origin: (string | null)[] = [];
  const originJurisdiction = new Int32Array(models.length).fill(-1);
  models.forEach((model, m) => {
    const vendor = index.modelVendor[m];
    const known =
      vendor < 0
        ? [model.originCode].filter((code): code is string => code !== null)
        : [...(originsByVendor.get(vendor) ?? [])];
    if (known.length > 1) {
      kind[m] = DIVERSIFIED;
      origin.push(null);
    } else if (known.length === 1) {
      kind[m] = SINGLE_ORIGIN;
      origin.push(known[0]);
      originJurisdiction[m] = index.codeIndex.get(known[0]) ?? -1;
    } else {
      kind[m] = ORIGIN_UNKNOWN;
      origin.push(null);
    }
  });
  return { kind, origin, originJurisdiction };
}

/** Whether an exposure set reaches beyond the single origin country of model m's vendor. */
export function exposedBeyondOrigin(
  origins: VendorOrigins,
  m: number,
  exposure: ExposureSets,
  d: number,
): boolean {
  if (origins.kind[m] === DIVERSIFIED) return false;
  if (origins.kind[m] === ORIGIN_UNKNOWN) return true;
  const origin = origins.originJurisdiction[m];
  if (exposure.servedOf[d] !== origin) return true;
  const reach = exposure.reachOf[d];
  const first = exposure.start[reach];
  for (let i = first; i < first + exposure.size[reach]; i++)
    if (exposure.pool[i] !== origin) return true;
  return false;
}
