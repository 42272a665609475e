import "server-only";
import type { Evaluation } from "@/lib/domain";
import { buildMatrixView } from "@/lib/domain/matrix/build-matrix-view";
import { packMatrixView, type PackedMatrixView } from "@/lib/domain/matrix/packed-view";
import {
  matrixFilterOptions,
  type MatrixFilterOptions,
} from "@/lib/domain/matrix/matrix-filter-options";
import { filtersToParams, type MatrixFilters } from "@/lib/domain/matrix/matrix-filters";

/**
 * Built and packed views (as sent to the browser), remembered per evaluation object. getEvaluation() hands out a new object whenever
 * the data changes, so a stale view can never be served and unused ones are garbage-collected
 * with their evaluation.
 */
const views = new WeakMap<Evaluation, WeakMap<Evaluation, Map<string, PackedMatrixView>>>();
const MAX_PER_EVALUATION = 16;

export function getMatrixView(
  evaluation: Evaluation,
  filters: MatrixFilters,
  before?: Evaluation,
): PackedMatrixView {
  let byBefore = views.get(evaluation);
  if (!byBefore) views.set(evaluation, (byBefore = new WeakMap()));
  const side = before ?? evaluation;
  let byFilters = byBefore.get(side);
  if (!byFilters) byBefore.set(side, (byFilters = new Map()));
  const key = filtersToParams({
    ...filters,
    changedOnly: !!before && filters.changedOnly,
  }).toString();
  const hit = byFilters.get(key);
  if (hit) return hit;
  const view = packMatrixView(buildMatrixView(evaluation, filters, before ? { before } : {}));
  if (byFilters.size >= MAX_PER_EVALUATION) byFilters.delete(byFilters.keys().next().value!);
  byFilters.set(key, view);
  return view;
}

const filterOptions = new WeakMap<Evaluation, MatrixFilterOptions>();

/** The filter bar's choices, remembered per evaluation like the views. */
export function getMatrixFilterOptions(evaluation: Evaluation): MatrixFilterOptions {
  let options = filterOptions.get(evaluation);
  if (!options) filterOptions.set(evaluation, (options = matrixFilterOptions(evaluation)));
  return options;
}
