import "server-only";
import { today } from "@/lib/clock";
import type { PackedMatrixView } from "@/lib/domain/matrix/packed-view";
import type { MatrixFilterOptions } from "@/lib/domain/matrix/matrix-filter-options";
import type { MatrixFilters } from "@/lib/domain/matrix/matrix-filters";
import {
  getEvaluation,
  listScenarioOptions,
  resolveScenarioId,
} from "@/lib/server/engine/get-evaluation";
import { getMatrixFilterOptions, getMatrixView } from "./get-matrix-view";

export interface MatrixPageData {
  scenario: { id: string; name: string };
  asOf: string;
  today: string;
  scenarios: Awaited<ReturnType<typeof listScenarioOptions>>;
  view: PackedMatrixView;
  options: MatrixFilterOptions;
}

/** The matrix page for the scenario in the URL (else the active one); null when none exists. */
export async function loadMatrixPage(
  requestedScenario: string | null,
  filters: MatrixFilters,
  asOf?: string,
): Promise<MatrixPageData | null> {
  const [scenarios, scenarioId] = await Promise.all([
    listScenarioOptions(),
    resolveScenarioId(requestedScenario),
  ]);
  const evaluation = scenarioId ? await getEvaluation(scenarioId, asOf) : null;
  if (!evaluation) return null;
  return {
    scenario: { id: evaluation.scenario.id, name: evaluation.scenario.name },
    asOf: evaluation.asOf,
    today: today(),
    scenarios,
    view: getMatrixView(evaluation, filters),
    options: getMatrixFilterOptions(evaluation),
  };
}
