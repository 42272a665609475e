import type { Evaluation } from "../evaluation-types";
import type { MatrixFilters } from "./matrix-filters";

/** A run of consecutive rows or columns under one heading (a vendor, a region). */
export interface AxisGroup {
  /** Vendor id for row groups, region name for column groups. */
  key: string;
  label: string;
  start: number;
  count: number;
}

export interface AxisRow {
  /** Model index in the evaluation. */
  index: number;
  id: string;
  name: string;
  vendorId: string;
}

export interface AxisColumn {
  /** Jurisdiction index in the evaluation. */
  index: number;
  code: string;
  name: string;
  region: string;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Consecutive items with the same key form one group. */
export function groupRuns<T>(items: T[], keyOf: (item: T) => string, labelOf: (item: T) => string) {
  const groups: AxisGroup[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last && last.key === key) last.count++;
    else groups.push({ key, label: labelOf(item), start: i, count: 1 });
  });
  return groups;
}

/** Models grouped by vendor (vendors and models by name), narrowed by the row filters. */
export function orderRows(
  evaluation: Evaluation,
  filters: MatrixFilters,
): { rows: AxisRow[]; groups: AxisGroup[] } {
  const vendorName = new Map(evaluation.inventory.vendors.map((v) => [v.id, v.name]));
  const vendors = new Set(filters.vendorIds);
  const nameOf = (vendorId: string) => vendorName.get(vendorId) ?? "Unknown vendor";
  const rows = evaluation.inventory.models
    .map((m, index) => ({ index, id: m.id, name: m.name, vendorId: m.vendorId, model: m }))
    .filter(({ model }) => {
      if (vendors.size > 0 && !vendors.has(model.vendorId)) return false;
      if (filters.capability && model.capabilityClass !== filters.capability) return false;
      if (filters.weights === "UNKNOWN") return model.weights === null;
      return !filters.weights || model.weights === filters.weights;
    })
    .sort(
      (a, b) =>
        collator.compare(nameOf(a.vendorId), nameOf(b.vendorId)) ||
        a.vendorId.localeCompare(b.vendorId) ||
        collator.compare(a.name, b.name),
    )
    .map(({ index, id, name, vendorId }) => ({ index, id, name, vendorId }));
  return {
    rows,
    groups: groupRuns(
      rows,
      (r) => r.vendorId,
      (r) => nameOf(r.vendorId),
    ),
  };
}

/** Codes served by at least one deployment that still counts (planned or live). */
export function deployedCodes(evaluation: Evaluation): Set<string> {
  const codes = new Set<string>();
  for (const d of evaluation.inventory.deployments)
    if (d.status !== "RETIRED") codes.add(d.jurisdictionCode);
  return codes;
}

/** Jurisdictions grouped by region (regions and countries by name), narrowed by the column filters. */
export function orderColumns(
  evaluation: Evaluation,
  filters: MatrixFilters,
): { columns: AxisColumn[]; groups: AxisGroup[] } {
  const { index } = evaluation.internals;
  const names = new Map(evaluation.inventory.jurisdictions.map((j) => [j.code, j.name]));
  // A group that no longer exists narrows nothing, like any other stale filter value.
  const members = evaluation.inventory.groups.find((g) => g.id === filters.groupId)?.members;
  const group = members ? new Set(members) : null;
  const deployed = filters.deployedOnly ? deployedCodes(evaluation) : null;
  const columns = index.codes
    .map((code, j) => ({
      index: j,
      code,
      name: names.get(code) ?? code,
      region: index.regionOf[j],
    }))
    .filter(
      (c) =>
        (!group || group.has(c.code)) &&
        (!deployed || deployed.has(c.code)) &&
        (!filters.region || c.region === filters.region) &&
        (!filters.country || c.code === filters.country),
    )
    .sort((a, b) => collator.compare(a.region, b.region) || collator.compare(a.name, b.name));
  return {
    columns,
    groups: groupRuns(
      columns,
      (c) => c.region,
      (c) => c.region,
    ),
  };
}
