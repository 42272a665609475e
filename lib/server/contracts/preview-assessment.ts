import "server-only";
import { previewClauseAssessment, type AssessmentPreviewChange } from "@/lib/domain";
import type { ClauseAssessment } from "@/lib/domain/types";
import { getEvaluation, resolveScenarioId } from "@/lib/server/engine/get-evaluation";
import { NotFoundError } from "@/lib/server/errors";

export interface AssessmentPreviewAnswer {
  scenarioName: string | null;
  covered: number;
  changes: (AssessmentPreviewChange & { name: string })[];
  /** Changes left out of the answer (the preview lists the first 50). */
  more: number;
}

const LIMIT = 50;

/**
 * What saving an assessment would do to the residual risk of the deployments the clause's contract
 * covers, under the scenario the user is looking at (their chosen one, else the active one).
 */
export async function previewAssessment(
  clauseId: string,
  assessment: ClauseAssessment,
): Promise<AssessmentPreviewAnswer> {
  const scenarioId = await resolveScenarioId();
  const evaluation = scenarioId ? await getEvaluation(scenarioId) : null;
  if (!evaluation) return { scenarioName: null, covered: 0, changes: [], more: 0 };
  const preview = previewClauseAssessment(evaluation, clauseId, assessment);
  if (!preview)
    throw new NotFoundError("This clause is not part of an in-use contract, or no longer exists.");
  const models = new Map(evaluation.inventory.models.map((m) => [m.id, m.name]));
  const countries = new Map(evaluation.inventory.jurisdictions.map((j) => [j.code, j.name]));
  const byId = new Map(evaluation.inventory.deployments.map((d) => [d.id, d]));
  return {
    scenarioName: evaluation.scenario.name,
    covered: preview.covered,
    changes: preview.changes.slice(0, LIMIT).map((change) => {
      const d = byId.get(change.deploymentId)!;
      const country = countries.get(d.jurisdictionCode) ?? d.jurisdictionCode;
      return { ...change, name: `${models.get(d.modelId) ?? d.modelId} in ${country}` };
    }),
    more: Math.max(0, preview.changes.length - LIMIT),
  };
}
