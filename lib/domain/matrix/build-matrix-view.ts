import type { Evaluation } from "../evaluation-types";
import { OUTCOMES } from "../types";
import { encodeCounts } from "./exposure-counts";
import type { MatrixFilters } from "./matrix-filters";
import { groupRuns, orderColumns, orderRows, type AxisGroup } from "./order-matrix-axes";

/**
 * What the browser receives to draw the matrix: compact enough for 200 models × 250
 * jurisdictions (one character per cell, exposure counts only where non-zero), never one object
 * per cell.
 */
export interface MatrixView {
  rows: { id: string; name: string }[];
  rowGroups: AxisGroup[];
  columns: { code: string; name: string }[];
  columnGroups: AxisGroup[];
  /** Outcome rank per cell ("0" = ALLOWED … "3" = PROHIBITED), row-major over rows × columns. */
  outcomes: string;
  /** Diff view: the outcome ranks under the "before" scenario, same layout; null otherwise. */
  before: string | null;
  /** Planned and live deployments exposed per cell, for the cells with any (see exposure-counts.ts). */
  counts: string;
  /** Per outcome rank: cells shown, and deployments whose access it is (rows and columns shown). */
  totals: { cells: number[]; deployments: number[] };
}

export interface BuildViewOptions {
  /** Builds a diff view: `evaluation` is "after", this is "before". */
  before?: Evaluation;
}

/** The matrix as shown: filtered, grouped, encoded. */
export function buildMatrixView(
  evaluation: Evaluation,
  filters: MatrixFilters,
  options: BuildViewOptions = {},
): MatrixView {
  let { rows, groups: rowGroups } = orderRows(evaluation, filters);
  let { columns, groups: columnGroups } = orderColumns(evaluation, filters);
  const { matrix, exposedCount } = evaluation.internals;
  const width = matrix.jurisdictionCount;
  const beforeRank = options.before ? rankLookup(options.before) : null;

  if (beforeRank && filters.changedOnly) {
    const changedRows = new Set<number>();
    const changedColumns = new Set<number>();
    for (const r of rows)
      for (const c of columns) {
        const was = beforeRank(r.id, c.code);
        if (was !== -1 && was !== matrix.outcome[r.index * width + c.index]) {
          changedRows.add(r.index);
          changedColumns.add(c.index);
        }
      }
    rows = rows.filter((r) => changedRows.has(r.index));
    columns = columns.filter((c) => changedColumns.has(c.index));
    const vendorLabel = new Map(rowGroups.map((g) => [g.key, g.label]));
    rowGroups = groupRuns(
      rows,
      (r) => r.vendorId,
      (r) => vendorLabel.get(r.vendorId) ?? "",
    );
    columnGroups = groupRuns(
      columns,
      (c) => c.region,
      (c) => c.region,
    );
  }

  // Character codes in typed arrays, decoded once: no string per cell for 50,000 cells.
  const ZERO = 48;
  const outcomes = new Uint8Array(rows.length * columns.length);
  const before = beforeRank ? new Uint8Array(outcomes.length) : null;
  const countedCells: number[] = [];
  const counts: number[] = [];
  const cells = OUTCOMES.map(() => 0);
  rows.forEach((r, i) => {
    const base = r.index * width;
    columns.forEach((c, k) => {
      const cell = i * columns.length + k;
      const rank = matrix.outcome[base + c.index];
      outcomes[cell] = ZERO + rank;
      cells[rank]++;
      if (before && beforeRank) {
        const was = beforeRank(r.id, c.code);
        before[cell] = ZERO + (was === -1 ? rank : was);
      }
      const exposed = exposedCount[base + c.index];
      if (exposed > 0) {
        countedCells.push(cell);
        counts.push(exposed);
      }
    });
  });
  const text = new TextDecoder("ascii");

  return {
    rows: rows.map(({ id, name }) => ({ id, name })),
    rowGroups,
    columns: columns.map(({ code, name }) => ({ code, name })),
    columnGroups,
    outcomes: text.decode(outcomes),
    before: before ? text.decode(before) : null,
    counts: encodeCounts(countedCells, counts),
    totals: { cells, deployments: deploymentsByAccess(evaluation, rows, columns) },
  };
}

/** Outcome rank of (model, code) in another evaluation; -1 where that side lacks either. */
function rankLookup(evaluation: Evaluation): (modelId: string, code: string) => number {
  const { index, matrix } = evaluation.internals;
  return (modelId, code) => {
    const m = index.modelIndex.get(modelId);
    const j = index.codeIndex.get(code);
    return m === undefined || j === undefined
      ? -1
      : matrix.outcome[m * matrix.jurisdictionCount + j];
  };
}

/** Planned and live deployments per access outcome, among those of shown models serving shown jurisdictions. */
function deploymentsByAccess(
  evaluation: Evaluation,
  rows: { index: number }[],
  columns: { index: number }[],
): number[] {
  const { index, deployments } = evaluation.internals;
  const shownModels = new Uint8Array(evaluation.inventory.models.length);
  for (const r of rows) shownModels[r.index] = 1;
  const shownColumns = new Uint8Array(index.codes.length);
  for (const c of columns) shownColumns[c.index] = 1;
  const totals = OUTCOMES.map(() => 0);
  const { servedOf } = index.exposure;
  for (let d = 0; d < deployments.access.length; d++) {
    if (
      deployments.inRollups[d] &&
      shownModels[index.deploymentModel[d]] &&
      shownColumns[servedOf[d]]
    )
      totals[deployments.access[d]]++;
  }
  return totals;
}
