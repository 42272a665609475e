import { BANDS, type Band } from "../bands";
import type { Evaluation } from "../evaluation-types";
import { ALLOWED_RANK, RESTRICTED_RANK } from "../outcome";
import { newScore, scoreDeployment } from "../risk/score-deployment";
import { accessOf, futureOf } from "../scenario/resolve-access";
import type { CapabilityClass } from "../types";

export interface Alternative {
  modelId: string;
  modelName: string;
  vendorId: string;
  capabilityClass: CapabilityClass;
  likelihood: number;
  impact: number;
  inherent: number;
  residual: number;
  band: Band;
}

/**
 * Models a deployment could move to when its access is RESTRICTED or worse: allowed in every
 * jurisdiction it reaches, now and once upcoming rules apply, of the same capability class or
 * better, ranked by the residual risk the deployment would then carry (scored by the same
 * scoreDeployment() as the evaluation). Empty when the deployment's access is less restrictive.
 */
export function suggestAlternatives(
  evaluation: Evaluation,
  deploymentId: string,
  limit = 5,
): Alternative[] {
  const { index, scoring, deployments } = evaluation.internals;
  const d = evaluation.inventory.deployments.findIndex(
    (deployment) => deployment.id === deploymentId,
  );
  if (d < 0) throw new RangeError(`Unknown deployment "${deploymentId}"`);
  if (deployments.access[d] < RESTRICTED_RANK) return [];

  const own = index.deploymentModel[d];
  const served = index.exposure.servedOf[d];
  const reach = index.exposure.reachOf[d];
  const models = evaluation.inventory.models;
  const score = newScore();
  const found: Alternative[] = [];
  for (let m = 0; m < models.length; m++) {
    if (m === own || index.modelCapability[m] < index.modelCapability[own]) continue;
    const packed = scoring.resolve(m, served, reach);
    if (accessOf(packed) !== ALLOWED_RANK || futureOf(packed) !== ALLOWED_RANK) continue;
    scoreDeployment(scoring, d, m, score, null);
    const model = models[m];
    found.push({
      modelId: model.id,
      modelName: model.name,
      vendorId: model.vendorId,
      capabilityClass: model.capabilityClass,
      likelihood: score.likelihood,
      impact: score.impact,
      inherent: score.inherent,
      residual: score.residual,
      band: BANDS[score.band].id,
    });
  }
  found.sort(
    (a, b) =>
      a.residual - b.residual ||
      a.inherent - b.inherent ||
      (a.modelId < b.modelId ? -1 : a.modelId > b.modelId ? 1 : 0),
  );
  return found.slice(0, Math.max(0, limit));
}
