import { BANDS, type Band } from "../bands";
import type { Evaluation } from "../evaluation-types";
import { ALLOWED_RANK, RESTRICTED_RANK } from "../outcome";
import { newScore, scoreDeployment } from "../risk/score-deployment";
import { accessOf, futureOf } from "../scenario/resolve-access";
import type { CapabilityClass, Inventory, Modality } from "../types";

/** How the deployment could reach the alternative. */
export type AlternativeRoute = "SAME_PROVIDER" | "VENDOR_API" | "ON_PREMISES";

export interface Alternative {
  modelId: string;
  modelName: string;
  vendorId: string;
  capabilityClass: CapabilityClass;
  modality: Modality;
  route: AlternativeRoute;
  likelihood: number;
  impact: number;
  inherent: number;
  residualLikelihood: number;
  residualImpact: number;
  residual: number;
  band: Band;
  /** Why it is offered and where it ranks, in plain words. */
  reason: string;
}

export const VENDOR_API = "VENDOR_API";
const ON_PREM = "ON_PREM";

/**
 * Where each model is known to be offered, from the inventory itself until a catalogue exists: a
 * model is offered on a provider where some deployment already uses it, its vendor's own API is
 * offered when some deployment uses any of that vendor's models through it, and open weights can
 * run on premises.
 */
function offerings(inventory: Inventory) {
  const onProvider = new Map<string, Set<string>>();
  const vendorApi = new Set<string>();
  const vendorOf = new Map(inventory.models.map((m) => [m.id, m.vendorId]));
  for (const d of inventory.deployments) {
    if (d.cloudProvider === undefined) continue;
    let providers = onProvider.get(d.modelId);
    if (!providers) onProvider.set(d.modelId, (providers = new Set()));
    providers.add(d.cloudProvider);
    if (d.cloudProvider === VENDOR_API) vendorApi.add(vendorOf.get(d.modelId)!);
  }
  return { onProvider, vendorApi };
}

const ROUTE_ORDER: Record<AlternativeRoute, number> = {
  SAME_PROVIDER: 0,
  ON_PREMISES: 1,
  VENDOR_API: 2,
};

/**
 * Models a deployment could move to when its access is RESTRICTED or worse: of the same modality
 * and the same capability class or better, from an active vendor, offered on the deployment's
 * cloud provider (or its vendor's own API, or on premises for open weights), and allowed in every
 * jurisdiction the deployment reaches, now and once upcoming rules apply. Ranked by the band the
 * deployment would then have, the route (same provider first), the residual score, then id; each
 * scored by the same scoreDeployment() as the evaluation. Empty when access is less restrictive.
 */
export function suggestAlternatives(
  evaluation: Evaluation,
  deploymentId: string,
  limit = 5,
): Alternative[] {
  const { index, scoring, deployments } = evaluation.internals;
  const inventory = evaluation.inventory;
  const d = inventory.deployments.findIndex((deployment) => deployment.id === deploymentId);
  if (d < 0) throw new RangeError(`Unknown deployment "${deploymentId}"`);
  if (deployments.access[d] < RESTRICTED_RANK) return [];

  const deployment = inventory.deployments[d];
  const own = index.deploymentModel[d];
  const ownModality = inventory.models[own].modality ?? "TEXT";
  const served = index.exposure.servedOf[d];
  const reach = index.exposure.reachOf[d];
  const provider = deployment.cloudProvider;
  const { onProvider, vendorApi } = offerings(inventory);
  const models = inventory.models;
  const score = newScore();
  const found: Alternative[] = [];
  for (let m = 0; m < models.length; m++) {
    const model = models[m];
    if (m === own || index.modelCapability[m] < index.modelCapability[own]) continue;
    if ((model.modality ?? "TEXT") !== ownModality) continue;
    const vendor = index.modelVendor[m];
    if (vendor < 0 || (inventory.vendors[vendor].status ?? "ACTIVE") !== "ACTIVE") continue;
    let route: AlternativeRoute | null = null;
    if (provider === undefined || onProvider.get(model.id)?.has(provider)) route = "SAME_PROVIDER";
    else if (provider === ON_PREM && model.weights === "OPEN") route = "ON_PREMISES";
    else if (vendorApi.has(model.vendorId)) route = "VENDOR_API";
    if (route === null) continue;
    const packed = scoring.resolve(m, served, reach);
    if (accessOf(packed) !== ALLOWED_RANK || futureOf(packed) !== ALLOWED_RANK) continue;
    scoreDeployment(scoring, d, m, score, null);
    const band = BANDS[score.band].id;
    const vendorName = inventory.vendors[vendor].name;
    const how =
      route === "SAME_PROVIDER"
        ? provider === undefined
          ? "offered"
          : `offered on ${provider}`
        : route === "ON_PREMISES"
          ? "open weights that can run on premises"
          : `offered through ${vendorName}'s own API`;
    found.push({
      modelId: model.id,
      modelName: model.name,
      vendorId: model.vendorId,
      capabilityClass: model.capabilityClass,
      modality: model.modality ?? "TEXT",
      route,
      likelihood: score.likelihood,
      impact: score.impact,
      inherent: score.inherent,
      residualLikelihood: score.residualLikelihood,
      residualImpact: score.residualImpact,
      residual: score.residual,
      band,
      reason: `Allowed everywhere the deployment reaches, now and under upcoming rules; ${how}; would be ${band} (residual ${score.residualLikelihood} × ${score.residualImpact}).`,
    });
  }
  found.sort(
    (a, b) =>
      BANDS.findIndex((x) => x.id === a.band) - BANDS.findIndex((x) => x.id === b.band) ||
      ROUTE_ORDER[a.route] - ROUTE_ORDER[b.route] ||
      a.residual - b.residual ||
      a.inherent - b.inherent ||
      (a.modelId < b.modelId ? -1 : a.modelId > b.modelId ? 1 : 0),
  );
  return found.slice(0, Math.max(0, limit));
}
