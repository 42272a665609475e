import { countOf } from "@/lib/format";
import type { MatrixView } from "@/lib/domain/matrix/build-matrix-view";
import type { CountLookup } from "@/lib/domain/matrix/exposure-counts";
import { OUTCOME_STYLE, outcomeOfRank } from "./outcome-style";

export interface CellPosition {
  row: number;
  col: number;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/**
 * Where a key press moves the active cell (WAI-ARIA grid pattern), or null for keys the grid
 * does not handle. `page` is how many rows PageUp/PageDown jump.
 */
export function nextCell(
  key: string,
  ctrl: boolean,
  from: CellPosition,
  size: { rows: number; cols: number; page: number },
): CellPosition | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  if (lastRow < 0 || lastCol < 0) return null;
  switch (key) {
    case "ArrowUp":
      return { row: clamp(from.row - 1, lastRow), col: from.col };
    case "ArrowDown":
      return { row: clamp(from.row + 1, lastRow), col: from.col };
    case "ArrowLeft":
      return { row: from.row, col: clamp(from.col - 1, lastCol) };
    case "ArrowRight":
      return { row: from.row, col: clamp(from.col + 1, lastCol) };
    case "Home":
      return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case "End":
      return ctrl ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    case "PageUp":
      return { row: clamp(from.row - size.page, lastRow), col: from.col };
    case "PageDown":
      return { row: clamp(from.row + size.page, lastRow), col: from.col };
    default:
      return null;
  }
}

/** One sentence about a cell: what hovering or focusing it tells (and its accessible name). */
export function describeCell(
  view: MatrixView,
  { row, col }: CellPosition,
  counts: CountLookup,
): string {
  const model = view.rows[row];
  const column = view.columns[col];
  if (!model || !column) return "";
  const cell = row * view.columns.length + col;
  const outcome = OUTCOME_STYLE[outcomeOfRank(view.outcomes[cell])].label;
  const before = view.before ? OUTCOME_STYLE[outcomeOfRank(view.before[cell])].label : null;
  const access = before && before !== outcome ? `${before} → ${outcome}` : outcome;
  const deployments = countOf(counts.get(cell), "deployment");
  return `${model.name} in ${column.name} (${column.code}): ${access} · ${deployments}`;
}
