import { BAND_IDS, type Band, type Evaluation } from "@/lib/domain";

/**
 * Deployment ids per risk band under one evaluation, computed once per cached evaluation (the
 * evaluation object is replaced whenever the inventory or scenario changes, so a WeakMap keyed by
 * it never serves stale sets).
 */
const byEvaluation = new WeakMap<Evaluation, string[][]>();

function bandSets(evaluation: Evaluation): string[][] {
  const hit = byEvaluation.get(evaluation);
  if (hit) return hit;
  const sets: string[][] = BAND_IDS.map(() => []);
  const { band } = evaluation.internals.deployments;
  evaluation.inventory.deployments.forEach((d, i) => sets[band[i]].push(d.id));
  byEvaluation.set(evaluation, sets);
  return sets;
}

/** Ids of the deployments whose residual risk falls in any of `bands`. */
export function deploymentIdsInBands(evaluation: Evaluation, bands: readonly string[]): string[] {
  const sets = bandSets(evaluation);
  return bands.flatMap((b) => sets[BAND_IDS.indexOf(b as Band)] ?? []);
}
