import { outcomeAt } from "../outcome";
import { words } from "../report/report-words";
import type { CompiledMethodology } from "../methodology/compile-methodology";
import type { Matrix } from "../scenario/build-matrix";
import type { InventoryIndex } from "../scenario/index-inventory";
import { fromOf, type AccessResolver } from "../scenario/resolve-access";
import { CLAUSE_ASSESSMENTS, type ClauseType, type Scenario } from "../types";
import type { ContractTerms } from "./contract-terms";
import { dependsOnOrigin, type OriginDependence } from "./origin-dependence";
import { CLAUSE_LABELS, SCALE_MAX, SCALE_MIN } from "./weights";

/** One line of an explanation: the contributions of a section add up to its total exactly. */
export interface Factor {
  key: string;
  label: string;
  value: string | number | null;
  contribution: number;
  /**
   * Set on the lines that are limits on the total rather than factors: "scale" when the total
   * was held within 1–5, "controls" when controls together lowered an axis by more than the
   * methodology allows.
   */
  limit?: "scale" | "controls";
}

export type FactorSection = "likelihood" | "impact" | "residualLikelihood" | "residualImpact";

/** Receives factors when an explanation is wanted; the bulk path passes null and skips labels. */
export type FactorSink = (section: FactorSection, factor: Factor) => void;

/** Everything scoring reads, computed once per evaluation. */
export interface ScoringContext {
  readonly index: InventoryIndex;
  readonly scenario: Scenario;
  readonly matrix: Matrix;
  readonly resolve: AccessResolver;
  readonly methodology: CompiledMethodology;
  readonly terms: ContractTerms;
  readonly origins: OriginDependence;
  /** Jurisdiction indexes each deployment holds a licence for; undefined = none. */
  readonly licences: ReadonlyMap<number, Set<number>>;
  /** Residual pair (likelihood × 8 + impact) per contract-terms row × RESIDUAL_SLOTS + controls key; 0 = not computed yet. */
  readonly residualMemo: Uint8Array;
}

/** Finding codes: the access rank that causes the finding; NO_FINDING when there is none. */
export const NO_FINDING = 0;

export interface Score {
  /** Access resolution of the scored model over the deployment's exposure (see resolve-access). */
  packed: number;
  likelihood: number;
  impact: number;
  inherent: number;
  residualLikelihood: number;
  residualImpact: number;
  /** residualLikelihood × residualImpact */
  residual: number;
  /** Index into BANDS: the grid cell's band, raised to the finding's floor. */
  band: number;
  /** Access rank of the compliance finding (1 unlicensed, 2 restricted, 3 prohibited); 0 = none. */
  finding: number;
}

export const newScore = (): Score => ({
  packed: 0,
  likelihood: 0,
  impact: 0,
  inherent: 0,
  residualLikelihood: 0,
  residualImpact: 0,
  residual: 0,
  band: 0,
  finding: 0,
});

const LOW = SCALE_MIN;
const HIGH = SCALE_MAX;
const dependsOn = dependsOnOrigin;
const LICENCE_RANK = 1;
const level = (value: number): number => Math.min(5, Math.max(1, Math.round(value))) - 1;

/** Slots per contract-terms row in residualMemo: 5 × 5 inherent cells × fallback control × licence control. */
export const RESIDUAL_SLOTS = SCALE_MAX * SCALE_MAX * 4;

/** A limit line: the difference between the sum of the factors above it and the total. */
function limitFactor(
  key: string,
  label: string,
  delta: number,
  limit: "scale" | "controls",
  sink: FactorSink,
  section: FactorSection,
) {
  if (delta !== 0) sink(section, { key, label, value: null, contribution: delta, limit });
}

/** Names the end of the 1–5 scale a total was held at (delta < 0: the top). */
const scaleLabel = (what: string, delta: number) =>
  delta < 0
    ? `${what} capped at ${HIGH}, the top of the ${LOW}–${HIGH} scale`
    : `${what} raised to ${LOW}, the bottom of the ${LOW}–${HIGH} scale`;

/**
 * Whether deployment d holds a licence for every jurisdiction it is exposed in where model m's
 * access is LICENCE_REQUIRED.
 */
export function holdsLicences(ctx: ScoringContext, d: number, model: number): boolean {
  const held = ctx.licences.get(d);
  if (held === undefined) return false;
  const { servedOf, reachOf, start, size, pool } = ctx.index.exposure;
  const { outcome, jurisdictionCount } = ctx.matrix;
  const base = model * jurisdictionCount;
  if (outcome[base + servedOf[d]] === LICENCE_RANK && !held.has(servedOf[d])) return false;
  const reach = reachOf[d];
  for (let i = start[reach]; i < start[reach] + size[reach]; i++)
    if (outcome[base + pool[i]] === LICENCE_RANK && !held.has(pool[i])) return false;
  return true;
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
  const { index, resolve, origins, methodology: M } = ctx;
  const deployment = index.inventory.deployments[d];
  const { servedOf, reachOf } = index.exposure;
  const packed = resolve(model, servedOf[d], reachOf[d]);
  const access = packed & 3;
  const future = (packed >> 2) & 3;
  const licensed = access === LICENCE_RANK && holdsLicences(ctx, d, model);

  // Likelihood
  const accessPoints = M.accessPoints[access];
  const upcomingPoints = future > access ? M.upcomingPoints[future] : 0;
  const dependent = dependsOn(origins, model, index.exposure, d);
  const originPoints = dependent ? M.originPoints : 0;
  const likelihoodSum = accessPoints + upcomingPoints + originPoints;
  const likelihood = Math.min(HIGH, Math.max(LOW, likelihoodSum));
  if (sink) {
    const from = fromOf(packed);
    const place = `${index.names[from]} (${index.codes[from]})`;
    const cell = model * ctx.matrix.jurisdictionCount + from;
    const ruleIndex = ctx.matrix.decidingRule[cell];
    const decidedBy =
      ruleIndex < 0 ? "the scenario's default" : `rule "${ctx.scenario.rules[ruleIndex].name}"`;
    sink("likelihood", {
      key: "access",
      label: `Access ${words(outcomeAt(access)).toLowerCase()} in ${place}, by ${decidedBy}`,
      value: outcomeAt(access),
      contribution: accessPoints,
    });
    sink("likelihood", {
      key: "upcoming",
      label:
        future > access
          ? `Upcoming rules would make access ${words(outcomeAt(future)).toLowerCase()}`
          : "No upcoming rule tightens access",
      value: future > access ? outcomeAt(future) : null,
      contribution: upcomingPoints,
    });
    const originCode = origins.origin[model];
    const originIndex = originCode === null ? undefined : index.codeIndex.get(originCode);
    const origin = originIndex === undefined ? originCode : index.names[originIndex];
    const rule = origins.ruleName[model];
    sink("likelihood", {
      key: "originDependence",
      label:
        rule === null
          ? origin === null
            ? "Model origin unknown, and the scenario has no rule on any origin"
            : `The scenario has no rule on models from ${origin}`
          : origin === null
            ? `Model origin unknown: assumed to be an origin the scenario rules on (rule "${rule}")`
            : dependent
              ? `Exposed outside ${origin}, whose models the scenario rules on (rule "${rule}")`
              : `Confined to ${origin}, the model's origin`,
      value: originCode ?? "unknown",
      contribution: originPoints,
    });
    limitFactor(
      "likelihoodClamp",
      scaleLabel("Likelihood", likelihood - likelihoodSum),
      likelihood - likelihoodSum,
      "scale",
      sink,
      "likelihood",
    );
  }

  // Impact
  const criticalityPoints = M.criticalityPoints[level(deployment.businessCriticality)];
  const sensitivityPoints = M.sensitivityPoints[level(deployment.dataSensitivity)];
  let userPoints = 0;
  for (const tier of M.userTiers) {
    if (deployment.users >= tier.minUsers) {
      userPoints = tier.points;
      break;
    }
  }
  const dependencePoints = M.dependencePoints;
  const impactSum = criticalityPoints + sensitivityPoints + userPoints + dependencePoints;
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
    sink("impact", {
      key: "modelDependence",
      label: "The service depends on this model (before controls)",
      value: null,
      contribution: dependencePoints,
    });
    limitFactor(
      "impactClamp",
      scaleLabel("Impact", impact - impactSum),
      impact - impactSum,
      "scale",
      sink,
      "impact",
    );
  }

  // Controls: the fallback and licence, then the clauses of the contracts covering the channel.
  const fallback = index.deploymentFallback[d];
  const fallbackPacked = fallback < 0 ? -1 : resolve(fallback, servedOf[d], reachOf[d]);
  const fallbackStaysAllowed =
    fallbackPacked >= 0 && (fallbackPacked & 3) === 0 && ((fallbackPacked >> 2) & 3) === 0;
  const row = ctx.terms.rowOf(d, model);
  let pair: number;
  if (sink) {
    pair = applyControls(ctx, d, row, likelihood, impact, fallbackStaysAllowed, licensed, sink);
  } else {
    const slot =
      row * RESIDUAL_SLOTS +
      ((likelihood - 1) * HIGH + impact - 1) * 4 +
      (fallbackStaysAllowed ? 2 : 0) +
      (licensed ? 1 : 0);
    pair = ctx.residualMemo[slot];
    if (pair === 0)
      pair = ctx.residualMemo[slot] = applyControls(
        ctx,
        d,
        row,
        likelihood,
        impact,
        fallbackStaysAllowed,
        licensed,
        null,
      );
  }
  const residualLikelihood = pair >> 3;
  const residualImpact = pair & 7;
  const finding = access === 0 || licensed ? 0 : access;
  const gridBand = M.gridBand[(residualLikelihood - 1) * HIGH + residualImpact - 1];
  const floor = M.floorBand[finding];

  out.packed = packed;
  out.likelihood = likelihood;
  out.impact = impact;
  out.inherent = likelihood * impact;
  out.residualLikelihood = residualLikelihood;
  out.residualImpact = residualImpact;
  out.residual = residualLikelihood * residualImpact;
  out.band = floor > gridBand ? floor : gridBand;
  out.finding = finding;
}

/** Residual (likelihood × 8 + impact) after the controls, with the reduction bound and scale clamps. */
function applyControls(
  ctx: ScoringContext,
  d: number,
  row: number,
  likelihood: number,
  impact: number,
  fallbackStaysAllowed: boolean,
  licensed: boolean,
  sink: FactorSink | null,
): number {
  const { terms, index, methodology: M } = ctx;
  let likelihoodSteps = terms.likelihoodSteps[row];
  let impactSteps = terms.impactSteps[row];
  if (fallbackStaysAllowed) {
    likelihoodSteps += M.fallbackLikelihood;
    impactSteps += M.fallbackImpact;
  }
  if (licensed) {
    likelihoodSteps += M.licenceLikelihood;
    impactSteps += M.licenceImpact;
  }
  const boundedLikelihood = Math.max(-M.maxLowerLikelihood, likelihoodSteps);
  const boundedImpact = Math.max(-M.maxLowerImpact, impactSteps);
  const residualLikelihood = Math.min(HIGH, Math.max(LOW, likelihood + boundedLikelihood));
  const residualImpact = Math.min(HIGH, Math.max(LOW, impact + boundedImpact));

  if (sink) {
    const deployment = index.inventory.deployments[d];
    const axes = [
      [
        "residualLikelihood",
        "likelihood",
        likelihood,
        likelihoodSteps,
        boundedLikelihood,
        residualLikelihood,
      ],
      ["residualImpact", "impact", impact, impactSteps, boundedImpact, residualImpact],
    ] as const;
    for (const [section, axis, inherent, steps, bounded, residual] of axes) {
      sink(section, {
        key: "inherent",
        label: `Inherent ${axis}`,
        value: inherent,
        contribution: inherent,
      });
      const fallbackStep = axis === "likelihood" ? M.fallbackLikelihood : M.fallbackImpact;
      if (fallbackStep !== 0) {
        const fallback = index.deploymentFallback[d];
        const name = fallback < 0 ? null : index.inventory.models[fallback].name;
        sink(section, {
          key: "fallback",
          label:
            name === null
              ? deployment.fallbackModelId === null
                ? "No fallback model"
                : `Fallback model "${deployment.fallbackModelId}" is not in the inventory`
              : fallbackStaysAllowed
                ? `Fallback ${name} stays allowed everywhere the deployment reaches`
                : `Fallback ${name} is not allowed everywhere the deployment reaches`,
          value: name,
          contribution: fallbackStaysAllowed ? fallbackStep : 0,
        });
      }
      const licenceStep = axis === "likelihood" ? M.licenceLikelihood : M.licenceImpact;
      if (licenceStep !== 0 && licensed)
        sink(section, {
          key: "licence",
          label: "Licence held everywhere access needs one",
          value: null,
          contribution: licenceStep,
        });
      const base = row * terms.typeCount;
      for (let t = 0; t < terms.typeCount; t++) {
        const type = terms.types[t];
        const assessment = CLAUSE_ASSESSMENTS[terms.assessment[base + t]];
        const rowSteps = M.source.controls.clauses[type];
        if (CLAUSE_ASSESSMENTS.every((a) => rowSteps[a][axis] === 0)) continue;
        sink(section, {
          key: `clause:${type}`,
          label: clauseFactorLabel(ctx, d, row, base + t, type),
          value: assessment,
          contribution: rowSteps[assessment][axis],
        });
      }
      const max = axis === "likelihood" ? M.maxLowerLikelihood : M.maxLowerImpact;
      limitFactor(
        "reductionBound",
        `Controls together may lower ${axis} by at most ${max} step${max === 1 ? "" : "s"}`,
        bounded - steps,
        "controls",
        sink,
        section,
      );
      limitFactor(
        "residualClamp",
        scaleLabel(`Residual ${axis}`, residual - (inherent + bounded)),
        residual - (inherent + bounded),
        "scale",
        sink,
        section,
      );
    }
  }
  return residualLikelihood * 8 + residualImpact;
}

const CHANNEL_WORDS = ["cloud", "API", "on-premises", "unknown channel"] as const;

/** "Singapore", "France and Germany", "Austria, Belgium, Bulgaria and 24 more". */
function namesOf(index: ScoringContext["index"], codes: readonly string[]): string {
  if (codes.length === 0) return "an unknown place";
  const byCode = new Map(index.inventory.jurisdictions.map((j) => [j.code, j.name]));
  const names = codes.map((code) => byCode.get(code) ?? code).sort((a, b) => a.localeCompare(b));
  if (names.length <= 3)
    return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

/** Names the contract and clause behind a contract step, or why none earns it. */
function clauseFactorLabel(
  ctx: ScoringContext,
  d: number,
  row: number,
  cell: number,
  type: ClauseType,
): string {
  const { terms, index } = ctx;
  const { contracts, vendors, deployments } = index.inventory;
  const c = terms.contract[cell];
  if (c >= 0) {
    const contract = contracts[c];
    const clause = contract.clauses[terms.clause[cell]];
    return `${CLAUSE_LABELS[type]}: "${clause.heading ?? CLAUSE_LABELS[type]}" in ${contract.title ?? `contract ${contract.id}`}`;
  }
  const skipped = terms.unaddressed[cell];
  if (skipped >= 0) {
    const contract = contracts[skipped];
    const clause = contract.clauses[terms.unaddressedClause[cell]];
    const where = `"${clause.heading ?? CLAUSE_LABELS[type]}" in ${contract.title ?? `contract ${contract.id}`}`;
    const deployment = deployments[d];
    if (deployment.processingScope === "GLOBAL")
      return `${CLAUSE_LABELS[type]}: ${where} does not cover global processing`;
    const places = new Set(clause.places ?? []);
    const outside = deployment.reach.filter((code) => !places.has(code));
    return `${CLAUSE_LABELS[type]}: ${where} keeps data in ${namesOf(index, [...places])}, but this deployment is processed in ${namesOf(index, outside)}`;
  }
  const kind = terms.channelKind[d];
  const vendor = terms.rowVendor[row];
  const channel =
    vendor >= 0 ? `${vendors[vendor].name} (${CHANNEL_WORDS[kind]})` : CHANNEL_WORDS[kind];
  return (terms.covering[row]?.length ?? 0) === 0
    ? `${CLAUSE_LABELS[type]}: no in-force contract covers the ${channel} channel`
    : `${CLAUSE_LABELS[type]}: no covering contract of the ${channel} channel has it`;
}
