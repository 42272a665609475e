import { OUTCOMES, type Evaluation } from "@/lib/domain";
import { forEachExposedCode } from "@/lib/domain/overview/exposure-of";
import {
  cellIndex,
  inherentCellOf,
  parseCell,
  residualCellOf,
} from "@/lib/domain/overview/risk-cells";
import type { DeploymentListState } from "@/lib/validation/inventory-lists";

/**
 * The deployment list's filters that only the engine can answer (beside the band): access
 * outcome, the inherent or residual likelihood × impact cell, and the countries a deployment
 * serves or reaches. They select deployments that count (planned or live), the same ones the
 * overview's figures, heatmaps and map count, so a link from there lands on exactly those.
 */
type Filters = DeploymentListState["filters"];

export function hasEngineFilter(f: Filters): boolean {
  return f.access.length + f.inherent.length + f.residual.length + f.touches.length > 0;
}

/** Ids of the deployments matching every engine filter that is set, joined by commas. */
export function deploymentIdsMatchingEngineFilters(evaluation: Evaluation, f: Filters): string {
  const { deployments: arrays, index } = evaluation.internals;
  const access = new Set(f.access.map((o) => OUTCOMES.indexOf(o as (typeof OUTCOMES)[number])));
  const cells = (values: string[]) =>
    new Set(values.flatMap((v) => (parseCell(v) ? [cellIndex(parseCell(v)!)] : [])));
  const inherent = cells(f.inherent);
  const residual = cells(f.residual);
  const touches = new Set(f.touches.flatMap((code) => index.codeIndex.get(code) ?? []));
  const ids: string[] = [];
  evaluation.inventory.deployments.forEach((deployment, d) => {
    if (!arrays.inRollups[d]) return;
    if (access.size && !access.has(arrays.access[d])) return;
    const point = {
      inherentLikelihood: arrays.likelihood[d],
      inherentImpact: arrays.impact[d],
      residualLikelihood: arrays.residualLikelihood[d],
      residualImpact: arrays.residualImpact[d],
    };
    if (inherent.size && !inherent.has(cellIndex(inherentCellOf(point)))) return;
    if (residual.size && !residual.has(cellIndex(residualCellOf(point)))) return;
    if (f.touches.length) {
      let hit = false;
      forEachExposedCode(evaluation, d, (code) => {
        if (touches.has(code)) hit = true;
      });
      if (!hit) return;
    }
    ids.push(deployment.id);
  });
  return ids.join(",");
}
