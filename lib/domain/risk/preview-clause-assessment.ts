import { BANDS, type Band } from "../bands";
import type { Evaluation } from "../evaluation-types";
import type { ClauseAssessment, Contract } from "../types";
import { computeContractTerms } from "./contract-terms";
import { RESIDUAL_SLOTS, newScore, scoreDeployment, type ScoringContext } from "./score-deployment";

export interface ResidualAt {
  residualLikelihood: number;
  residualImpact: number;
  residual: number;
  band: Band;
}

export interface AssessmentPreviewChange {
  deploymentId: string;
  ref: string;
  before: ResidualAt;
  after: ResidualAt;
}

export interface AssessmentPreview {
  /** Deployments covered by the clause's contract (whether or not they move). */
  covered: number;
  /** Deployments whose residual cell or band changes, largest band change first, then by ref. */
  changes: AssessmentPreviewChange[];
}

/**
 * The deployments whose residual would change if clause `clauseId` were assessed `assessment`:
 * only deployments whose channel the clause's contract covers are re-scored, with the same
 * scoreDeployment() the evaluation used, so the preview cannot drift from the saved result.
 */
export function previewClauseAssessment(
  evaluation: Evaluation,
  clauseId: string,
  assessment: ClauseAssessment,
): AssessmentPreview | null {
  const { scoring, index, deployments: arrays } = evaluation.internals;
  const contracts = evaluation.inventory.contracts;
  const c = contracts.findIndex((contract) => contract.clauses.some((cl) => cl.id === clauseId));
  if (c < 0) return null;
  const changed: Contract[] = contracts.slice();
  changed[c] = {
    ...contracts[c],
    clauses: contracts[c].clauses.map((cl) => (cl.id === clauseId ? { ...cl, assessment } : cl)),
  };
  const terms = computeContractTerms(index, evaluation.asOf, scoring.methodology.source, changed);
  const next: ScoringContext = {
    ...scoring,
    terms,
    residualMemo: new Uint8Array(terms.rowCount * RESIDUAL_SLOTS),
  };
  const old = scoring.terms;
  // Whether each coverage row includes the contract: 0 unknown, 1 no, 2 yes.
  const affected = new Uint8Array(old.rowCount);
  const score = newScore();
  const moved: number[] = [];
  const after: number[] = [];
  let covered = 0;
  const count = evaluation.inventory.deployments.length;
  for (let d = 0; d < count; d++) {
    const model = index.deploymentModel[d];
    const row = old.rowOf(d, model);
    if (affected[row] === 0) affected[row] = old.covering[row]!.includes(c) ? 2 : 1;
    if (affected[row] === 1) continue;
    covered++;
    scoreDeployment(next, d, model, score, null);
    if (
      score.residualLikelihood === arrays.residualLikelihood[d] &&
      score.residualImpact === arrays.residualImpact[d] &&
      score.band === arrays.band[d]
    )
      continue;
    moved.push(d);
    after.push((score.band << 6) | (score.residualLikelihood << 3) | score.residualImpact);
  }
  const deployments = evaluation.inventory.deployments;
  const order = moved.map((_, i) => i);
  const bandMove = (i: number) => Math.abs((after[i] >> 6) - arrays.band[moved[i]]);
  const residualOf = (i: number) => ((after[i] >> 3) & 7) * (after[i] & 7);
  const residualMove = (i: number) => residualOf(i) - arrays.residual[moved[i]];
  order.sort(
    (a, b) =>
      bandMove(b) - bandMove(a) ||
      residualMove(b) - residualMove(a) ||
      (deployments[moved[a]].ref < deployments[moved[b]].ref ? -1 : 1),
  );
  const changes = order.map((i): AssessmentPreviewChange => {
    const d = moved[i];
    return {
      deploymentId: deployments[d].id,
      ref: deployments[d].ref,
      before: {
        residualLikelihood: arrays.residualLikelihood[d],
        residualImpact: arrays.residualImpact[d],
        residual: arrays.residual[d],
        band: BANDS[arrays.band[d]].id,
      },
      after: {
        residualLikelihood: (after[i] >> 3) & 7,
        residualImpact: after[i] & 7,
        residual: residualOf(i),
        band: BANDS[after[i] >> 6].id,
      },
    };
  });
  return { covered, changes };
}
