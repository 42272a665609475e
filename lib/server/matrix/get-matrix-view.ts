import "server-only";
import type { Evaluation } from "@/lib/domain";
import { buildMatrixView, type MatrixView } from "@/lib/domain/matrix/build-matrix-view";
import { filtersToParams, type MatrixFilters } from "@/lib/domain/matrix/matrix-filters";

/**
 * Built views, remembered per evaluation object. getEvaluation() hands out a new object whenever
 * the data changes, so a stale view can never be served and unused ones are garbage-collected
 * with their evaluation.
 */
const views = new WeakMap<Evaluation, WeakMap<Evaluation, Map<string, MatrixView>>>();
const MAX_PER_EVALUATION = 16;

export function getMatrixView(
  evaluation: Evaluation,
  filters: MatrixFilters,
  before?: Evaluation,
): MatrixView {
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
  const view = buildMatrixView(evaluation, filters, before ? { before } : {});
  if (byFilters.size >= MAX_PER_EVALUATION) byFilters.delete(byFilters.keys().next().value!);
  byFilters.set(key, view);
  return view;
}
