import { SCALE_MAX, SCALE_MIN } from "../risk/weights";

/** A place on the 5 × 5 likelihood × impact grid (each 1–5). */
export interface RiskCell {
  likelihood: number;
  impact: number;
}

/** What the engine returns per deployment that the grids read (lib/domain/evaluation-types.ts). */
export interface ScoredPoint {
  inherentLikelihood: number;
  inherentImpact: number;
  residualLikelihood: number;
  residualImpact: number;
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
  return { likelihood: point.inherentLikelihood, impact: point.inherentImpact };
}

/** Controls move the residual by steps on the same grid (docs/risk-model.md): its own cell. */
export function residualCellOf(point: ScoredPoint): RiskCell {
  return { likelihood: point.residualLikelihood, impact: point.residualImpact };
}
