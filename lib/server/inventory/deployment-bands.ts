import { BAND_IDS, type Band, type Evaluation } from "@/lib/domain";

/**
 * Deployment ids per risk band, and in risk order, computed once per cached evaluation (the
 * evaluation object is replaced whenever the inventory or scenario changes, so a WeakMap keyed by
 * it never serves stale sets).
 */
interface Derived {
  /** per band, its deployment ids joined by commas (the form the list query sends) */
  bands: string[];
  /** every scored deployment id, by residual risk ascending, then ref */
  byRisk: string[];
  /** band index of each id in byRisk */
  byRiskBand: Uint8Array;
}
const byEvaluation = new WeakMap<Evaluation, Derived>();

function derived(evaluation: Evaluation): Derived {
  const hit = byEvaluation.get(evaluation);
  if (hit) return hit;
  const sets: string[][] = BAND_IDS.map(() => []);
  const { band, residual } = evaluation.internals.deployments;
  const deployments = evaluation.inventory.deployments;
  deployments.forEach((d, i) => sets[band[i]].push(d.id));
  const order = deployments.map((_, i) => i);
  order.sort(
    (a, b) =>
      residual[a] - residual[b] ||
      (deployments[a].ref < deployments[b].ref
        ? -1
        : deployments[a].ref > deployments[b].ref
          ? 1
          : 0),
  );
  const result = {
    bands: sets.map((ids) => ids.join(",")),
    byRisk: order.map((i) => deployments[i].id),
    byRiskBand: Uint8Array.from(order, (i) => band[i]),
  };
  byEvaluation.set(evaluation, result);
  return result;
}

/** Scored deployment ids ordered by residual risk (ascending, ties by ref), optionally in `bands`. */
export function deploymentIdsByRisk(
  evaluation: Evaluation,
  bands: readonly string[] = [],
): readonly string[] {
  const { byRisk, byRiskBand } = derived(evaluation);
  if (bands.length === 0) return byRisk;
  const wanted = new Set(bands.map((b) => BAND_IDS.indexOf(b as Band)));
  return byRisk.filter((_, i) => wanted.has(byRiskBand[i]));
}

/** Ids of the deployments whose residual risk falls in any of `bands`, joined by commas. */
export function deploymentIdsInBands(evaluation: Evaluation, bands: readonly string[]): string {
  const joined = derived(evaluation).bands;
  return bands
    .map((b) => joined[BAND_IDS.indexOf(b as Band)] ?? "")
    .filter(Boolean)
    .join(",");
}
