import { CAPABILITY_CLASSES, WEIGHTS, type CapabilityClass, type Weights } from "../types";

/** "UNKNOWN" selects models whose weights are not recorded. */
export type WeightsFilter = Weights | "UNKNOWN";

/**
 * What the matrix shows, as carried in the URL so a filtered view can be shared. Column filters
 * combine (a region within a group within where we deploy); row filters combine the same way.
 */
export interface MatrixFilters {
  /** Country group id: only its members. */
  groupId: string | null;
  region: string | null;
  /** One country (alpha-2): the column the overview's world map opens. */
  country: string | null;
  /** Only jurisdictions served by at least one planned or live deployment. */
  deployedOnly: boolean;
  /** Empty: every vendor. */
  vendorIds: string[];
  weights: WeightsFilter | null;
  capability: CapabilityClass | null;
  /** Diff view only: keep rows and columns with at least one changed cell. */
  changedOnly: boolean;
}

export const NO_FILTERS: MatrixFilters = {
  groupId: null,
  region: null,
  country: null,
  deployedOnly: false,
  vendorIds: [],
  weights: null,
  capability: null,
  changedOnly: false,
};

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | null => {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v === "" ? null : v;
};

const all = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== "");

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;
}

function countryCode(value: string | null): string | null {
  const code = value?.toUpperCase() ?? null;
  return code && /^[A-Z]{2}$/.test(code) ? code : null;
}

/**
 * Reads filters from search params. Unknown values are ignored rather than refused: a stale shared
 * link should still open the matrix, just less filtered.
 */
export function parseMatrixFilters(params: SearchParams): MatrixFilters {
  return {
    groupId: first(params.group),
    region: first(params.region),
    country: countryCode(first(params.country)),
    deployedOnly: first(params.deployed) === "1",
    vendorIds: all(params.vendor),
    weights: oneOf(first(params.weights), [...WEIGHTS, "UNKNOWN"] as const),
    capability: oneOf(first(params.capability), CAPABILITY_CLASSES),
    changedOnly: first(params.changed) === "1",
  };
}

/** The inverse of parseMatrixFilters: only set filters appear, so URLs stay short. */
export function filtersToParams(filters: MatrixFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.groupId) params.set("group", filters.groupId);
  if (filters.region) params.set("region", filters.region);
  if (filters.country) params.set("country", filters.country);
  if (filters.deployedOnly) params.set("deployed", "1");
  for (const id of filters.vendorIds) params.append("vendor", id);
  if (filters.weights) params.set("weights", filters.weights);
  if (filters.capability) params.set("capability", filters.capability);
  if (filters.changedOnly) params.set("changed", "1");
  return params;
}
