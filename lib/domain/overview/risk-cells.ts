import { bandOf } from "../bands";
import { SCALE_MAX, SCALE_MIN } from "../risk/weights";

/** A place on the 5 × 5 likelihood × impact grid (each 1–5). */
export interface RiskCell {
  likelihood: number;
  impact: number;
}

/** What the engine returns per deployment that the grids read. */
export interface ScoredPoint {
  likelihood: number;
  impact: number;
  residual: number;
}

export const GRID_SIZE = SCALE_MAX - SCALE_MIN + 1;

/** Index of a cell in a row-major GRID_SIZE × GRID_SIZE array (likelihood major). */
export function cellIndex(cell: RiskCell): number {
  return (cell.likelihood - SCALE_MIN) * GRID_SIZE + (cell.impact - SCALE_MIN);
}

export function cellAt(index: number): RiskCell {
  return {
    likelihood: Math.floor(index / GRID_SIZE) + SCALE_MIN,
    impact: (index % GRID_SIZE) + SCALE_MIN,
  };
}

/** Reads "3x4" (likelihood × impact), the form cells take in URLs; null when malformed. */
export function parseCell(text: string): RiskCell | null {
  const match = /^([1-5])x([1-5])$/.exec(text);
  return match ? { likelihood: Number(match[1]), impact: Number(match[2]) } : null;
}

export function formatCell(cell: RiskCell): string {
  return `${cell.likelihood}x${cell.impact}`;
}

export function inherentCellOf(point: ScoredPoint): RiskCell {
  return { likelihood: point.likelihood, impact: point.impact };
}

/**
 * Where a deployment's residual risk sits on the grid: the one mapping to change when the engine
 * scores residual risk as its own likelihood × impact pair (then it returns that pair as is).
 * Today the engine returns one residual score (contract clauses scale the inherent score), so the
 * likelihood is kept and the impact is the one whose product is nearest that score, preferring a
 * cell in the same band, so the cell's colour is the deployment's band wherever the grid allows.
 */
export function residualCellOf(point: ScoredPoint): RiskCell {
  const band = bandOf(point.residual);
  let best = SCALE_MIN;
  let bestCost = Infinity;
  for (let impact = SCALE_MIN; impact <= SCALE_MAX; impact++) {
    const product = point.likelihood * impact;
    const cost = Math.abs(product - point.residual) + (bandOf(product) === band ? 0 : 100);
    if (cost < bestCost) {
      best = impact;
      bestCost = cost;
    }
  }
  return { likelihood: point.likelihood, impact: best };
}
