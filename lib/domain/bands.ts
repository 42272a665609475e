/**
 * Risk bands on the 1–25 likelihood × impact scale. This is the one definition every screen,
 * roll-up, export and document uses, so executives see the same colours everywhere.
 */
export const BANDS = [
  { id: "LOW", label: "Low", min: 1, max: 4 },
  { id: "MEDIUM", label: "Medium", min: 5, max: 9 },
  { id: "HIGH", label: "High", min: 10, max: 16 },
  { id: "CRITICAL", label: "Critical", min: 17, max: 25 },
] as const;

export type Band = (typeof BANDS)[number]["id"];

export const BAND_IDS: readonly Band[] = BANDS.map((band) => band.id);

export const MIN_SCORE = 1;
export const MAX_SCORE = 25;

/** Index into BANDS; the bulk path stores this in a typed array. */
export function bandIndexOf(score: number): number {
  if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) {
    throw new RangeError(`Risk score must be an integer from 1 to 25, got ${score}`);
  }
  if (score <= BANDS[0].max) return 0;
  if (score <= BANDS[1].max) return 1;
  if (score <= BANDS[2].max) return 2;
  return 3;
}

export function bandOf(score: number): Band {
  return BANDS[bandIndexOf(score)].id;
}
