import "server-only";
import type { PackedMatrixView } from "@/lib/domain/matrix/packed-view";
import type { MatrixFilterOptions } from "@/lib/domain/matrix/matrix-filter-options";
import type { MatrixFilters } from "@/lib/domain/matrix/matrix-filters";
import { listScenarioOptions } from "@/lib/server/engine/get-evaluation";
import { getExistingEvaluation } from "./get-existing-evaluation";
import { getMatrixFilterOptions, getMatrixView } from "./get-matrix-view";
import { loadComparison, type Comparison } from "./load-comparison";

export interface ComparePageData {
  scenarios: Awaited<ReturnType<typeof listScenarioOptions>>;
  /** null until two different, existing scenarios are picked. */
  comparison: (Comparison & { view: PackedMatrixView; options: MatrixFilterOptions }) | null;
}

/** The compare page: the scenario options, and the diff of A → B (on asOf) once both are picked. */
export async function loadComparePage(
  a: string | null,
  b: string | null,
  filters: MatrixFilters,
  asOf?: string,
): Promise<ComparePageData> {
  const scenarios = await listScenarioOptions();
  if (!a || !b || a === b) return { scenarios, comparison: null };
  const before = await getExistingEvaluation(a, asOf);
  const after = before && (await getExistingEvaluation(b, asOf));
  if (!before || !after) return { scenarios, comparison: null };
  return {
    scenarios,
    comparison: {
      ...loadComparison(before, after),
      view: getMatrixView(after, filters, before),
      options: getMatrixFilterOptions(after),
    },
  };
}
