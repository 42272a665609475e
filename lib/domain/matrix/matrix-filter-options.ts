import type { Evaluation } from "../evaluation-types";

export interface MatrixFilterOptions {
  groups: { id: string; name: string }[];
  regions: string[];
  vendors: { id: string; name: string }[];
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** The choices the filter bar offers, taken from the evaluated inventory. */
export function matrixFilterOptions(evaluation: Evaluation): MatrixFilterOptions {
  const { inventory, internals } = evaluation;
  return {
    groups: inventory.groups
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    regions: [...new Set(internals.index.regionOf)].sort(collator.compare),
    vendors: inventory.vendors
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}
