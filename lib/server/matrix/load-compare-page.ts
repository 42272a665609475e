import "server-only";
import type { MatrixView } from "@/lib/domain/matrix/build-matrix-view";
import {
  matrixFilterOptions,
  type MatrixFilterOptions,
} from "@/lib/domain/matrix/matrix-filter-options";
import type { MatrixFilters } from "@/lib/domain/matrix/matrix-filters";
import { listScenarioOptions } from "@/lib/server/engine/get-evaluation";
import { getExistingEvaluation } from "./get-existing-evaluation";
import { getMatrixView } from "./get-matrix-view";
import { loadComparison, type Comparison } from "./load-comparison";

export interface ComparePageData {
  scenarios: Awaited<ReturnType<typeof listScenarioOptions>>;
  /** null until two different, existing scenarios are picked. */
  comparison: (Comparison & { view: MatrixView; options: MatrixFilterOptions }) | null;
}

/** The compare page: the scenario options, and the diff of A → B once both are picked. */
export async function loadComparePage(
  a: string | null,
  b: string | null,
  filters: MatrixFilters,
): Promise<ComparePageData> {
  const scenarios = await listScenarioOptions();
  if (!a || !b || a === b) return { scenarios, comparison: null };
  const before = await getExistingEvaluation(a);
  const after = before && (await getExistingEvaluation(b));
  if (!before || !after) return { scenarios, comparison: null };
  return {
    scenarios,
    comparison: {
      ...loadComparison(before, after),
      view: getMatrixView(after, filters, before),
      options: matrixFilterOptions(after),
    },
  };
}
