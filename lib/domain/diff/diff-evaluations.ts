import { BANDS, type Band } from "../bands";
import { FINDING_KINDS, type Evaluation, type FindingKind } from "../evaluation-types";
import { outcomeAt, outcomeRank } from "../outcome";
import type { Outcome } from "../types";

export type Direction = "worse" | "better";

export interface CellChange {
  modelId: string;
  code: string;
  before: Outcome;
  after: Outcome;
  direction: Direction;
  beforeRuleId: string | null;
  afterRuleId: string | null;
  /** Non-retired deployments exposed in the cell (the larger of the two sides). */
  exposedDeployments: number;
}

export interface DeploymentSide {
  access: Outcome;
  /** The compliance finding's kind; null = none. */
  finding: FindingKind | null;
  inherent: number;
  residualLikelihood: number;
  residualImpact: number;
  residual: number;
  band: Band;
}

export interface DeploymentChange {
  deploymentId: string;
  ref: string;
  modelId: string;
  before: DeploymentSide;
  after: DeploymentSide;
  residualDelta: number;
  direction: Direction;
}

export interface EvaluationDiff {
  /** Largest exposure first, then the largest jump in outcome, then model id and code. */
  cells: CellChange[];
  /**
   * Every deployment whose access, finding, band, inherent or residual score differs: largest band
   * change first, then access change, residual change, inherent change, ref.
   */
  deployments: DeploymentChange[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Position of each of `before`'s items in `after`, or -1; null when both use the same list. */
function positions<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): Int32Array | null {
  if (before === after) return null;
  const lookup = new Map<string, number>();
  after.forEach((item, i) => lookup.set(key(item), i));
  return Int32Array.from(before, (item) => lookup.get(key(item)) ?? -1);
}

/**
 * What changes between two evaluations, usually of two scenarios over the same inventory. Only
 * models, jurisdictions and deployments present on both sides are compared. Both lists are sorted
 * by keys that do not depend on which side is "before", so diff(B, A) mirrors diff(A, B).
 */
export function diffEvaluations(before: Evaluation, after: Evaluation): EvaluationDiff {
  return { cells: diffCells(before, after), deployments: diffDeployments(before, after) };
}

function diffCells(before: Evaluation, after: Evaluation): CellChange[] {
  const a = before.internals;
  const b = after.internals;
  const modelMap = positions(before.inventory.models, after.inventory.models, (m) => m.id);
  const codeMap = positions(a.index.codes, b.index.codes, (code) => code);
  const aWidth = a.matrix.jurisdictionCount;
  const bWidth = b.matrix.jurisdictionCount;
  const changes: CellChange[] = [];
  const ruleId = (evaluation: Evaluation, rule: number) =>
    rule < 0 ? null : evaluation.scenario.rules[rule].id;

  for (let m = 0; m < a.matrix.modelCount; m++) {
    const bm = modelMap === null ? m : modelMap[m];
    if (bm < 0) continue;
    for (let j = 0; j < aWidth; j++) {
      const bj = codeMap === null ? j : codeMap[j];
      if (bj < 0) continue;
      const aCell = m * aWidth + j;
      const bCell = bm * bWidth + bj;
      const was = a.matrix.outcome[aCell];
      const now = b.matrix.outcome[bCell];
      if (was === now) continue;
      changes.push({
        modelId: before.inventory.models[m].id,
        code: a.index.codes[j],
        before: outcomeAt(was),
        after: outcomeAt(now),
        direction: now > was ? "worse" : "better",
        beforeRuleId: ruleId(before, a.matrix.decidingRule[aCell]),
        afterRuleId: ruleId(after, b.matrix.decidingRule[bCell]),
        exposedDeployments: Math.max(a.exposedCount[aCell], b.exposedCount[bCell]),
      });
    }
  }
  const jump = (change: CellChange) =>
    Math.abs(outcomeRank(change.after) - outcomeRank(change.before));
  return changes.sort(
    (x, y) =>
      y.exposedDeployments - x.exposedDeployments ||
      jump(y) - jump(x) ||
      byText(x.modelId, y.modelId) ||
      byText(x.code, y.code),
  );
}

function diffDeployments(before: Evaluation, after: Evaluation): DeploymentChange[] {
  const a = before.internals.deployments;
  const b = after.internals.deployments;
  const map = positions(before.inventory.deployments, after.inventory.deployments, (d) => d.id);
  const changes: DeploymentChange[] = [];
  const side = (arrays: typeof a, d: number): DeploymentSide => ({
    access: outcomeAt(arrays.access[d]),
    finding: arrays.finding[d] === 0 ? null : FINDING_KINDS[arrays.finding[d] - 1],
    inherent: arrays.inherent[d],
    residualLikelihood: arrays.residualLikelihood[d],
    residualImpact: arrays.residualImpact[d],
    residual: arrays.residual[d],
    band: BANDS[arrays.band[d]].id,
  });

  for (let d = 0; d < a.residual.length; d++) {
    const bd = map === null ? d : map[d];
    if (bd < 0) continue;
    const residualDelta = b.residual[bd] - a.residual[d];
    const inherentDelta = b.inherent[bd] - a.inherent[d];
    const bandDelta = b.band[bd] - a.band[d];
    const accessDelta = b.access[bd] - a.access[d];
    const findingChanged = b.finding[bd] !== a.finding[d];
    if (
      residualDelta === 0 &&
      inherentDelta === 0 &&
      bandDelta === 0 &&
      accessDelta === 0 &&
      !findingChanged &&
      b.residualLikelihood[bd] === a.residualLikelihood[d]
    )
      continue;
    const deployment = before.inventory.deployments[d];
    changes.push({
      deploymentId: deployment.id,
      ref: deployment.ref,
      modelId: deployment.modelId,
      before: side(a, d),
      after: side(b, bd),
      residualDelta,
      direction:
        (bandDelta ||
          accessDelta ||
          b.finding[bd] - a.finding[d] ||
          residualDelta ||
          inherentDelta ||
          b.residualLikelihood[bd] - a.residualLikelihood[d]) > 0
          ? "worse"
          : "better",
    });
  }
  const bandJump = (c: DeploymentChange) =>
    Math.abs(bandRank(c.after.band) - bandRank(c.before.band));
  const accessJump = (c: DeploymentChange) =>
    Math.abs(outcomeRank(c.after.access) - outcomeRank(c.before.access));
  return changes.sort(
    (x, y) =>
      bandJump(y) - bandJump(x) ||
      accessJump(y) - accessJump(x) ||
      Math.abs(y.residualDelta) - Math.abs(x.residualDelta) ||
      Math.abs(y.after.inherent - y.before.inherent) -
        Math.abs(x.after.inherent - x.before.inherent) ||
      byText(x.ref, y.ref) ||
      byText(x.deploymentId, y.deploymentId),
  );
}

const bandRank = (band: Band): number => BANDS.findIndex((b) => b.id === band);
