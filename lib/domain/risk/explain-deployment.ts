import { BANDS, type Band } from "../bands";
import type { Evaluation, Finding } from "../evaluation-types";
import type { MethodologyRef } from "../methodology/methodology";
import { outcomeAt } from "../outcome";
import { ruleRef, rulesCovering, type RuleRef } from "../scenario/explain-cell";
import { assumedFactsOf, type AssumedFact } from "../scenario/match-model";
import { exposureOf } from "../scenario/intern-exposure";
import { accessOf, fromOf, futureOf } from "../scenario/resolve-access";
import type { DeploymentStatus, Outcome } from "../types";
import { newScore, scoreDeployment, type Factor, type FactorSection } from "./score-deployment";

export interface FactorSum {
  factors: Factor[];
  /** Equals the sum of the factors' contributions. */
  total: number;
}

export interface UpcomingRuleAt extends RuleRef {
  /** The exposure jurisdiction where the rule would apply. */
  code: string;
}

export interface DeploymentExplanation {
  deploymentId: string;
  ref: string;
  modelId: string;
  modelName: string;
  status: DeploymentStatus;
  inRollups: boolean;
  /** Served jurisdiction first, then the reach by code. */
  exposure: string[];
  access: Outcome;
  accessFromCode: string;
  /** null: the scenario's default outcome decided access. */
  decidingRule: RuleRef | null;
  upcomingOutcome: Outcome | null;
  upcomingRules: UpcomingRuleAt[];
  /** Unknown model facts treated as the worst case on the way to this score. */
  assumedFacts: AssumedFact[];
  /** The methodology the score was computed with. */
  methodology: MethodologyRef;
  likelihood: FactorSum;
  impact: FactorSum;
  /** likelihood.total × impact.total */
  inherent: number;
  /** Starts at the inherent value; each control step is a factor. */
  residualLikelihood: FactorSum;
  residualImpact: FactorSum;
  /** residualLikelihood.total × residualImpact.total */
  residual: number;
  /** The band of the residual cell on the methodology's grid. */
  gridBand: Band;
  /** gridBand, raised to the finding's floor when there is one. */
  band: Band;
  finding: Finding | null;
  contractsApplied: {
    contractId: string;
    title: string;
    effectiveDate: string;
    expiryDate: string | null;
  }[];
}

/**
 * A residual section in reading order: the inherent value, the controls that moved it (lowering
 * first, the largest step first), the controls that did not, then the limits on the total.
 */
function orderControls(factors: Factor[]): Factor[] {
  const rank = (f: Factor) =>
    f.key === "inherent" ? 0 : f.limit ? 4 : f.contribution < 0 ? 1 : f.contribution > 0 ? 2 : 3;
  return factors
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        rank(a.f) - rank(b.f) ||
        (rank(a.f) === 1 ? a.f.contribution - b.f.contribution : 0) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

/**
 * The full reasoning behind one deployment's score. It re-runs the same scoreDeployment() the
 * bulk evaluation used, with a factor sink attached, so the explanation cannot drift from it.
 */
export function explainDeployment(
  evaluation: Evaluation,
  deploymentId: string,
): DeploymentExplanation {
  const { index, matrix, scoring } = evaluation.internals;
  const d = evaluation.inventory.deployments.findIndex(
    (deployment) => deployment.id === deploymentId,
  );
  if (d < 0) throw new RangeError(`Unknown deployment "${deploymentId}"`);
  const deployment = evaluation.inventory.deployments[d];
  const model = index.deploymentModel[d];

  const sections: Record<FactorSection, Factor[]> = {
    likelihood: [],
    impact: [],
    residualLikelihood: [],
    residualImpact: [],
  };
  const score = newScore();
  scoreDeployment(scoring, d, model, score, (section, factor) => sections[section].push(factor));
  const sum = (factors: Factor[]) =>
    factors.reduce((total, factor) => total + factor.contribution, 0);

  const access = accessOf(score.packed);
  const future = futureOf(score.packed);
  const from = fromOf(score.packed);
  const ruleIndex = matrix.decidingRule[model * matrix.jurisdictionCount + from];
  const deciding = matrix.rules.find((compiled) => compiled.index === ruleIndex);
  const members = exposureOf(index.exposure, d);

  const assumed = new Set<AssumedFact>(deciding ? assumedFactsOf(deciding.modelFlags[model]) : []);
  if (scoring.origins.origin[model] === null && scoring.origins.ruleName[model] !== null)
    assumed.add("originCode");

  const upcomingRules: UpcomingRuleAt[] = [];
  if (future > access) {
    for (const j of members) {
      for (const compiled of rulesCovering(evaluation, model, j).upcoming) {
        if (compiled.rank > access)
          upcomingRules.push({ ...ruleRef(compiled.rule), code: index.codes[j] });
      }
    }
  }

  const row = scoring.terms.rowOf(d, model);
  const contractsApplied = (scoring.terms.covering[row] ?? []).map((c) => {
    const contract = evaluation.inventory.contracts[c];
    return {
      contractId: contract.id,
      title: contract.title ?? contract.id,
      effectiveDate: contract.effectiveDate,
      expiryDate: contract.expiryDate,
    };
  });

  return {
    deploymentId: deployment.id,
    ref: deployment.ref,
    modelId: deployment.modelId,
    modelName: evaluation.inventory.models[model].name,
    status: deployment.status,
    inRollups: deployment.status !== "RETIRED",
    exposure: Array.from(members, (j) => index.codes[j]),
    access: outcomeAt(access),
    accessFromCode: index.codes[from],
    decidingRule: deciding ? ruleRef(deciding.rule) : null,
    upcomingOutcome: future > access ? outcomeAt(future) : null,
    upcomingRules,
    assumedFacts: [...assumed],
    methodology: evaluation.methodology,
    likelihood: { factors: sections.likelihood, total: sum(sections.likelihood) },
    impact: { factors: sections.impact, total: sum(sections.impact) },
    inherent: score.inherent,
    residualLikelihood: {
      factors: orderControls(sections.residualLikelihood),
      total: sum(sections.residualLikelihood),
    },
    residualImpact: {
      factors: orderControls(sections.residualImpact),
      total: sum(sections.residualImpact),
    },
    residual: score.residual,
    gridBand:
      BANDS[
        scoring.methodology.gridBand[(score.residualLikelihood - 1) * 5 + score.residualImpact - 1]
      ].id,
    band: BANDS[score.band].id,
    finding: evaluation.deploymentAt(d).finding,
    contractsApplied,
  };
}
