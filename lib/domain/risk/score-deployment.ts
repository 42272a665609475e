import { outcomeAt } from "../outcome";
import type { Matrix } from "../scenario/build-matrix";
import type { InventoryIndex } from "../scenario/index-inventory";
import { fromOf, type AccessResolver } from "../scenario/resolve-access";
import { CLAUSE_ASSESSMENTS, OUTCOMES, type Scenario } from "../types";
import { SCORED_CLAUSE_TYPES, type ContractTerms } from "./contract-terms";
import { ORIGIN_UNKNOWN, exposedBeyondOrigin, type VendorOrigins } from "./vendor-origin";
import {
  CLAUSE_LABELS,
  IMPACT_CRITICALITY_POINTS,
  IMPACT_NO_FALLBACK_POINTS,
  IMPACT_SENSITIVITY_POINTS,
  IMPACT_USER_TIERS,
  LIKELIHOOD_ACCESS_POINTS,
  LIKELIHOOD_SINGLE_ORIGIN_POINTS,
  LIKELIHOOD_UPCOMING_POINTS,
  RESIDUAL_ADJUSTMENT_BOUNDS_PERCENT,
  SCALE_MAX,
  SCALE_MIN,
  percentOf,
} from "./weights";

/** One line of an explanation: the contributions of a section add up to its total exactly. */
export interface Factor {
  key: string;
  label: string;
  value: string | number | null;
  contribution: number;
}

export type FactorSection = "likelihood" | "impact" | "residual";

/** Receives factors when an explanation is wanted; the bulk path passes null and skips labels. */
export type FactorSink = (section: FactorSection, factor: Factor) => void;

/** Everything scoring reads, computed once per evaluation. */
export interface ScoringContext {
  readonly index: InventoryIndex;
  readonly scenario: Scenario;
  readonly matrix: Matrix;
  readonly resolve: AccessResolver;
  readonly terms: ContractTerms;
  readonly origins: VendorOrigins;
  /** Residual per vendor row × RESIDUAL_SLOTS + inherent; 0 = not computed yet. */
  readonly residualMemo: Uint8Array;
}

export interface Score {
  /** Access resolution of the scored model over the deployment's exposure (see resolve-access). */
  packed: number;
  likelihood: number;
  impact: number;
  inherent: number;
  residual: number;
}

// Module-level copies of the weights and helpers the loop uses: when this runs as CommonJS (tsx,
// the benchmark) every read of an imported binding is a getter call, measurable at 100k deployments.
const ACCESS_POINTS = OUTCOMES.map((o) => LIKELIHOOD_ACCESS_POINTS[o]);
const UPCOMING_POINTS = OUTCOMES.map((o) => LIKELIHOOD_UPCOMING_POINTS[o]);
const ORIGIN_POINTS = LIKELIHOOD_SINGLE_ORIGIN_POINTS;
const CRITICALITY_POINTS = IMPACT_CRITICALITY_POINTS;
const SENSITIVITY_POINTS = IMPACT_SENSITIVITY_POINTS;
const USER_TIERS = IMPACT_USER_TIERS;
const NO_FALLBACK_POINTS = IMPACT_NO_FALLBACK_POINTS;
const BOUND_LOW = RESIDUAL_ADJUSTMENT_BOUNDS_PERCENT.min;
const BOUND_HIGH = RESIDUAL_ADJUSTMENT_BOUNDS_PERCENT.max;
const LOW = SCALE_MIN;
const HIGH = SCALE_MAX;
const percent = percentOf;
const beyondOrigin = exposedBeyondOrigin;
const LIKELIHOOD_CLAMP_LABEL = `Likelihood kept within ${SCALE_MIN}–${SCALE_MAX}`;
const IMPACT_CLAMP_LABEL = `Impact kept within ${SCALE_MIN}–${SCALE_MAX}`;
const level = (value: number): number => Math.min(5, Math.max(1, Math.round(value))) - 1;

function clampFactor(
  key: string,
  label: string,
  delta: number,
  sink: FactorSink | null,
  section: FactorSection,
) {
  if (delta !== 0 && sink) sink(section, { key, label, value: null, contribution: delta });
}

/**
 * The only implementation of the risk arithmetic. It scores deployment `d` as if it used model
 * `model` (its own model, or a candidate when ranking alternatives) and writes into `out`.
 * With a sink it also reports every factor; the numbers are the same either way.
 */
export function scoreDeployment(
  ctx: ScoringContext,
  d: number,
  model: number,
  out: Score,
  sink: FactorSink | null,
): void {
  const { index, resolve, origins } = ctx;
  const deployment = index.inventory.deployments[d];
  const { servedOf, reachOf } = index.exposure;
  const packed = resolve(model, servedOf[d], reachOf[d]);
  const access = packed & 3;
  const future = (packed >> 2) & 3;

  // Likelihood
  const accessPoints = ACCESS_POINTS[access];
  const upcomingPoints = future > access ? UPCOMING_POINTS[future] : 0;
  const concentrated = beyondOrigin(origins, model, index.exposure, d);
  const originPoints = concentrated ? ORIGIN_POINTS : 0;
  const likelihoodSum = accessPoints + upcomingPoints + originPoints;
  const likelihood = Math.min(HIGH, Math.max(LOW, likelihoodSum));
  if (sink) {
    const code = index.codes[fromOf(packed)];
    const cell = model * ctx.matrix.jurisdictionCount + fromOf(packed);
    const ruleIndex = ctx.matrix.decidingRule[cell];
    const decidedBy =
      ruleIndex < 0 ? "scenario default" : `rule "${ctx.scenario.rules[ruleIndex].name}"`;
    sink("likelihood", {
      key: "access",
      label: `Access ${outcomeAt(access)} in ${code} (${decidedBy})`,
      value: outcomeAt(access),
      contribution: accessPoints,
    });
    sink("likelihood", {
      key: "upcoming",
      label:
        future > access
          ? `Upcoming rules would make access ${outcomeAt(future)}`
          : "No upcoming rule tightens access",
      value: future > access ? outcomeAt(future) : null,
      contribution: upcomingPoints,
    });
    const origin = origins.origin[model];
    sink("likelihood", {
      key: "vendorOrigin",
      label:
        origins.kind[model] === ORIGIN_UNKNOWN
          ? "Vendor's model origins unknown: assumed to depend on one country"
          : origin === null
            ? "Vendor's models come from several countries"
            : concentrated
              ? `All the vendor's models come from ${origin}, and the deployment is exposed outside it`
              : `All the vendor's models come from ${origin}, where the deployment is confined`,
      value: origins.kind[model] === ORIGIN_UNKNOWN ? "unknown" : origin,
      contribution: originPoints,
    });
  }
  clampFactor(
    "likelihoodClamp",
    LIKELIHOOD_CLAMP_LABEL,
    likelihood - likelihoodSum,
    sink,
    "likelihood",
  );

  // Impact
  const criticalityPoints = CRITICALITY_POINTS[level(deployment.businessCriticality)];
  const sensitivityPoints = SENSITIVITY_POINTS[level(deployment.dataSensitivity)];
  let userPoints = 0;
  for (const tier of USER_TIERS) {
    if (deployment.users >= tier.minUsers) {
      userPoints = tier.points;
      break;
    }
  }
  const fallback = index.deploymentFallback[d];
  const fallbackPacked = fallback < 0 ? -1 : resolve(fallback, servedOf[d], reachOf[d]);
  const fallbackStaysAllowed =
    fallbackPacked >= 0 && (fallbackPacked & 3) === 0 && ((fallbackPacked >> 2) & 3) === 0;
  const fallbackPoints = fallbackStaysAllowed ? 0 : NO_FALLBACK_POINTS;
  const impactSum = criticalityPoints + sensitivityPoints + userPoints + fallbackPoints;
  const impact = Math.min(HIGH, Math.max(LOW, impactSum));
  if (sink) {
    sink("impact", {
      key: "businessCriticality",
      label: "Business criticality",
      value: deployment.businessCriticality,
      contribution: criticalityPoints,
    });
    sink("impact", {
      key: "dataSensitivity",
      label: "Data sensitivity",
      value: deployment.dataSensitivity,
      contribution: sensitivityPoints,
    });
    sink("impact", {
      key: "users",
      label: "Users",
      value: deployment.users,
      contribution: userPoints,
    });
    const fallbackName = fallback < 0 ? null : index.inventory.models[fallback].name;
    sink("impact", {
      key: "fallback",
      label:
        fallbackName === null
          ? deployment.fallbackModelId === null
            ? "No fallback model"
            : `Fallback model "${deployment.fallbackModelId}" is not in the inventory`
          : fallbackStaysAllowed
            ? `Fallback ${fallbackName} stays allowed everywhere the deployment reaches`
            : `Fallback ${fallbackName} is not allowed everywhere the deployment reaches`,
      value: fallbackName,
      contribution: fallbackPoints,
    });
  }
  clampFactor("impactClamp", IMPACT_CLAMP_LABEL, impact - impactSum, sink, "impact");

  // Residual depends only on the inherent score and the vendor's contract position, so the bulk
  // path memoises applyContract() per (vendor, inherent); explanations call it directly.
  const inherent = likelihood * impact;
  const vendor =
    index.modelVendor[model] < 0 ? index.inventory.vendors.length : index.modelVendor[model];
  let residual: number;
  if (sink) {
    residual = applyContract(ctx, vendor, inherent, sink);
  } else {
    const slot = vendor * RESIDUAL_SLOTS + inherent;
    residual = ctx.residualMemo[slot];
    if (residual === 0)
      residual = ctx.residualMemo[slot] = applyContract(ctx, vendor, inherent, null);
  }

  out.packed = packed;
  out.likelihood = likelihood;
  out.impact = impact;
  out.inherent = inherent;
  out.residual = residual;
}

/** Slots per vendor in ScoringContext.residualMemo: inherent scores 1–25 (slot 0 unused). */
export const RESIDUAL_SLOTS = SCALE_MAX * SCALE_MAX + 1;

/** Residual score after the vendor's in-force contract clauses, with the bound and scale clamps. */
function applyContract(
  ctx: ScoringContext,
  vendor: number,
  inherent: number,
  sink: FactorSink | null,
): number {
  const { terms, index } = ctx;
  const row = vendor * terms.typeCount;
  let adjustmentSum = 0;
  for (let t = 0; t < terms.typeCount; t++) {
    const points = percent(inherent, terms.percent[row + t]);
    adjustmentSum += points;
    if (sink) {
      const contract = terms.contract[row + t];
      const type = SCORED_CLAUSE_TYPES[t];
      sink("residual", {
        key: `clause:${type}`,
        label: `${CLAUSE_LABELS[type]} (${contract < 0 ? "no in-force contract has it" : `contract ${index.inventory.contracts[contract].id}`})`,
        value: CLAUSE_ASSESSMENTS[terms.assessment[row + t]],
        contribution: points,
      });
    }
  }
  const low = percent(inherent, BOUND_LOW);
  const high = percent(inherent, BOUND_HIGH);
  const adjustment = Math.min(high, Math.max(low, adjustmentSum));
  if (sink && adjustment !== adjustmentSum) {
    const label = `Contract adjustments bounded to ${BOUND_LOW}%…+${BOUND_HIGH}% of inherent (${low}…+${high} points)`;
    sink("residual", {
      key: "adjustmentBound",
      label,
      value: null,
      contribution: adjustment - adjustmentSum,
    });
  }
  const residual = Math.min(HIGH * HIGH, Math.max(LOW, inherent + adjustment));
  clampFactor(
    "residualClamp",
    "Residual kept within 1–25",
    residual - (inherent + adjustment),
    sink,
    "residual",
  );
  return residual;
}
