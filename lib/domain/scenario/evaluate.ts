import { BANDS } from "../bands";
import type {
  DeploymentArrays,
  DeploymentResult,
  Evaluation,
  EvaluationInternals,
  Finding,
} from "../evaluation-types";
import { compileMethodology } from "../methodology/compile-methodology";
import { DEFAULT_METHODOLOGY, methodologyRef, type Methodology } from "../methodology/methodology";
import { outcomeAt } from "../outcome";
import { computeContractTerms } from "../risk/contract-terms";
import { computeOriginDependence } from "../risk/origin-dependence";
import {
  RESIDUAL_SLOTS,
  newScore,
  scoreDeployment,
  type ScoringContext,
} from "../risk/score-deployment";
import { inventoryAsOf } from "../groups/members-as-of";
import { computeRollups } from "../rollup/compute-rollups";
import type { Inventory, Scenario } from "../types";
import { buildMatrix } from "./build-matrix";
import { indexInventory } from "./index-inventory";
import { createAccessResolver } from "./resolve-access";

// Module-level copies for the per-deployment loop: under CommonJS (tsx) each read of an imported
// binding is a getter call.
const scoreOne = scoreDeployment;

export interface EvaluateOptions {
  /** Evaluation date, YYYY-MM-DD: decides which rules, contracts and group memberships are in force. */
  asOf: string;
  /** How to score; DEFAULT_METHODOLOGY when left out. */
  methodology?: Methodology;
}

const FINDING_OF_RANK = [null, "UNLICENSED", "RESTRICTED", "PROHIBITED"] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Evaluates a scenario over the whole inventory: the jurisdiction matrix, every deployment's
 * access and risk score, and the roll-ups. Pure and deterministic: the same inputs always give the
 * same result, whatever the order of the scenario's rules.
 */
export function evaluateScenario(
  inventory: Inventory,
  scenario: Scenario,
  opts: EvaluateOptions,
): Evaluation {
  if (!ISO_DATE.test(opts.asOf))
    throw new RangeError(`asOf must be a YYYY-MM-DD date, got "${opts.asOf}"`);
  const methodology = opts.methodology ?? DEFAULT_METHODOLOGY;
  inventory = inventoryAsOf(inventory, opts.asOf);
  const index = indexInventory(inventory);
  const matrix = buildMatrix(scenario, index, opts.asOf);
  // Licences held, by deployment position; few deployments hold any.
  const licences = new Map<number, Set<number>>();
  inventory.deployments.forEach((deployment, d) => {
    if (!deployment.licensedCodes?.length) return;
    const held = new Set<number>();
    for (const code of deployment.licensedCodes) {
      const j = index.codeIndex.get(code);
      if (j !== undefined) held.add(j);
    }
    licences.set(d, held);
  });
  const terms = computeContractTerms(index, opts.asOf, methodology);
  const scoring: ScoringContext = {
    index,
    scenario,
    matrix,
    resolve: createAccessResolver(matrix, index.exposure),
    methodology: compileMethodology(methodology),
    terms,
    origins: computeOriginDependence(index, scenario),
    licences,
    residualMemo: new Uint8Array(terms.rowCount * RESIDUAL_SLOTS),
  };

  const count = inventory.deployments.length;
  const arrays: DeploymentArrays = {
    access: new Uint8Array(count),
    future: new Uint8Array(count),
    accessFrom: new Int32Array(count),
    decidingRule: new Int32Array(count),
    likelihood: new Uint8Array(count),
    impact: new Uint8Array(count),
    inherent: new Uint8Array(count),
    residualLikelihood: new Uint8Array(count),
    residualImpact: new Uint8Array(count),
    residual: new Uint8Array(count),
    finding: new Uint8Array(count),
    band: new Uint8Array(count),
    inRollups: new Uint8Array(count),
  };
  const exposedCount = new Int32Array(matrix.outcome.length);
  const { servedOf, reachOf, start, size, pool } = index.exposure;
  const { jurisdictionCount, decidingRule } = matrix;
  const score = newScore();

  for (let d = 0; d < count; d++) {
    const model = index.deploymentModel[d];
    scoreOne(scoring, d, model, score, null);
    const from = score.packed >>> 4;
    arrays.access[d] = score.packed & 3;
    arrays.future[d] = (score.packed >> 2) & 3;
    arrays.accessFrom[d] = from;
    arrays.decidingRule[d] = decidingRule[model * jurisdictionCount + from];
    arrays.likelihood[d] = score.likelihood;
    arrays.impact[d] = score.impact;
    arrays.inherent[d] = score.inherent;
    arrays.residualLikelihood[d] = score.residualLikelihood;
    arrays.residualImpact[d] = score.residualImpact;
    arrays.residual[d] = score.residual;
    arrays.finding[d] = score.finding;
    arrays.band[d] = score.band;
    // Retired deployments keep a score (history, diffs) but no longer count towards exposure.
    if (inventory.deployments[d].status !== "RETIRED") {
      arrays.inRollups[d] = 1;
      const base = model * jurisdictionCount;
      const served = servedOf[d];
      exposedCount[base + served]++;
      const first = start[reachOf[d]];
      const end = first + size[reachOf[d]];
      for (let i = first; i < end; i++) if (pool[i] !== served) exposedCount[base + pool[i]]++;
    }
  }

  const internals: EvaluationInternals = {
    index,
    matrix,
    scoring,
    deployments: arrays,
    exposedCount,
  };
  return createEvaluation(inventory, scenario, opts.asOf, methodology, internals);
}

function createEvaluation(
  inventory: Inventory,
  scenario: Scenario,
  asOf: string,
  methodology: Methodology,
  internals: EvaluationInternals,
): Evaluation {
  const { index, matrix, deployments: arrays } = internals;
  let deploymentIndex: Map<string, number> | null = null;
  const rollups = computeRollups(index, arrays, internals.scoring.methodology.appetite);

  const cellOf = (modelId: string, code: string): number => {
    const model = index.modelIndex.get(modelId);
    if (model === undefined) throw new RangeError(`Unknown model "${modelId}"`);
    const j = index.codeIndex.get(code);
    if (j === undefined) throw new RangeError(`Unknown jurisdiction "${code}"`);
    return model * matrix.jurisdictionCount + j;
  };

  const deploymentAt = (d: number): DeploymentResult => {
    const deployment = inventory.deployments[d];
    if (deployment === undefined) throw new RangeError(`No deployment at position ${d}`);
    const rule = arrays.decidingRule[d];
    const ruleId = rule < 0 ? null : scenario.rules[rule].id;
    const kind = FINDING_OF_RANK[arrays.finding[d]];
    const finding: Finding | null =
      kind === null
        ? null
        : {
            kind,
            code: index.codes[arrays.accessFrom[d]],
            ruleId,
            floor: BANDS[internals.scoring.methodology.floorBand[arrays.finding[d]]].id,
          };
    return {
      deploymentId: deployment.id,
      ref: deployment.ref,
      modelId: deployment.modelId,
      access: outcomeAt(arrays.access[d]),
      accessFromCode: index.codes[arrays.accessFrom[d]],
      decidingRuleId: ruleId,
      upcomingOutcome: arrays.future[d] > arrays.access[d] ? outcomeAt(arrays.future[d]) : null,
      inherentLikelihood: arrays.likelihood[d],
      inherentImpact: arrays.impact[d],
      inherent: arrays.inherent[d],
      residualLikelihood: arrays.residualLikelihood[d],
      residualImpact: arrays.residualImpact[d],
      residual: arrays.residual[d],
      band: BANDS[arrays.band[d]].id,
      finding,
      inRollups: arrays.inRollups[d] === 1,
    };
  };

  return {
    asOf,
    methodology: methodologyRef(methodology),
    scenario,
    inventory,
    modelIds: inventory.models.map((model) => model.id),
    jurisdictionCodes: index.codes,
    outcomeOf: (modelId, code) => outcomeAt(matrix.outcome[cellOf(modelId, code)]),
    decidingRuleIdOf: (modelId, code) => {
      const rule = matrix.decidingRule[cellOf(modelId, code)];
      return rule < 0 ? null : scenario.rules[rule].id;
    },
    upcomingOutcomeOf: (modelId, code) => {
      const cell = cellOf(modelId, code);
      return matrix.future[cell] > matrix.outcome[cell] ? outcomeAt(matrix.future[cell]) : null;
    },
    exposedDeploymentsOf: (modelId, code) => internals.exposedCount[cellOf(modelId, code)],
    deployment: (deploymentId) => {
      if (deploymentIndex === null) {
        deploymentIndex = new Map();
        inventory.deployments.forEach((deployment, d) => deploymentIndex?.set(deployment.id, d));
      }
      const d = deploymentIndex.get(deploymentId);
      if (d === undefined) throw new RangeError(`Unknown deployment "${deploymentId}"`);
      return deploymentAt(d);
    },
    deploymentAt,
    rollups,
    internals,
  };
}
