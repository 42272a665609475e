import { BANDS, type Band } from "../bands";
import type { Evaluation } from "../evaluation-types";
import { ALLOWED_RANK, RESTRICTED_RANK } from "../outcome";
import { newScore, scoreDeployment } from "../risk/score-deployment";
import { accessOf, futureOf } from "../scenario/resolve-access";
import type { CapabilityClass, Inventory, Modality } from "../types";
import { MODEL_SERVICES, catalogueService } from "./model-offerings";

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
  /** Where the offer is documented: the catalogue's source page, or null when read from the inventory. */
  offerSource: string | null;
  /** Why it is offered and where it ranks, in plain words. */
  reason: string;
}

export const VENDOR_API = "VENDOR_API";
const ON_PREM = "ON_PREM";

/**
 * Where the inventory already uses each model: a model is offered on a provider where some
 * deployment runs it, and a vendor's own API where some deployment uses any of its models through
 * it. A complement to the catalogue (model-offerings.ts), which cannot list every region and model.
 */
function usedInInventory(inventory: Inventory) {
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

const serviceName = (provider: string) =>
  MODEL_SERVICES.find((s) => s.provider === provider)?.service ?? provider;

interface Offer {
  route: AlternativeRoute;
  how: string;
  source: string | null;
}

/** How a deployment on `provider` could get the model, best route first; null when it cannot. */
function offerFor(
  provider: string | undefined,
  model: Inventory["models"][number],
  vendorName: string,
  used: ReturnType<typeof usedInInventory>,
): Offer | null {
  if (provider === undefined) return { route: "SAME_PROVIDER", how: "offered", source: null };
  const ownApi = catalogueService(VENDOR_API, vendorName, model.name);
  const viaApi = (source: string | null, known: string): Offer => ({
    route: "VENDOR_API",
    how: `offered through ${vendorName}'s own API (${known})`,
    source,
  });
  if (provider !== VENDOR_API) {
    const service = catalogueService(provider, vendorName, model.name);
    if (service)
      return {
        route: "SAME_PROVIDER",
        how: `offered on ${service.service} (checked ${service.checkedOn})`,
        source: service.sourceUrls[0],
      };
    if (used.onProvider.get(model.id)?.has(provider))
      return {
        route: "SAME_PROVIDER",
        how: `offered on ${serviceName(provider)} (we already run it there)`,
        source: null,
      };
    if (provider === ON_PREM && model.weights === "OPEN")
      return { route: "ON_PREMISES", how: "open weights that can run on premises", source: null };
  }
  if (ownApi) return viaApi(ownApi.sourceUrls[0], `checked ${ownApi.checkedOn}`);
  if (used.vendorApi.has(model.vendorId)) return viaApi(null, "we already use it");
  return null;
}

const ROUTE_ORDER: Record<AlternativeRoute, number> = {
  SAME_PROVIDER: 0,
  ON_PREMISES: 1,
  VENDOR_API: 2,
};

/**
 * Models a deployment could move to when its access is RESTRICTED or worse: of the same modality
 * and the same capability class or better, from an active vendor, offered on the deployment's
 * cloud provider (per the catalogue of model services, or because we already run it there), or
 * through its vendor's own API, or on premises for open weights; and allowed in every
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
  const used = usedInInventory(inventory);
  const models = inventory.models;
  const score = newScore();
  const found: Alternative[] = [];
  for (let m = 0; m < models.length; m++) {
    const model = models[m];
    if (m === own || index.modelCapability[m] < index.modelCapability[own]) continue;
    if ((model.modality ?? "TEXT") !== ownModality) continue;
    const vendor = index.modelVendor[m];
    if (vendor < 0 || (inventory.vendors[vendor].status ?? "ACTIVE") !== "ACTIVE") continue;
    const vendorName = inventory.vendors[vendor].name;
    const offer = offerFor(provider, model, vendorName, used);
    if (offer === null) continue;
    const packed = scoring.resolve(m, served, reach);
    if (accessOf(packed) !== ALLOWED_RANK || futureOf(packed) !== ALLOWED_RANK) continue;
    scoreDeployment(scoring, d, m, score, null);
    const band = BANDS[score.band].id;
    found.push({
      modelId: model.id,
      modelName: model.name,
      vendorId: model.vendorId,
      capabilityClass: model.capabilityClass,
      modality: model.modality ?? "TEXT",
      route: offer.route,
      likelihood: score.likelihood,
      impact: score.impact,
      inherent: score.inherent,
      residualLikelihood: score.residualLikelihood,
      residualImpact: score.residualImpact,
      residual: score.residual,
      band,
      offerSource: offer.source,
      reason: `Allowed everywhere the deployment reaches, now and under upcoming rules; ${offer.how}; would be ${band} (residual ${score.residualLikelihood} × ${score.residualImpact}).`,
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
