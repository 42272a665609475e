/**
 * The calendar the app evaluates against. Everything that asks "what is in force today" (the
 * engine's evaluation date, contract status, the dates the demo data is seeded with) reads
 * today(), so tests pin it with TIERSCOPE_TODAY and stay green as the real calendar moves.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** The date every test runs at (vitest.config.mts, playwright.config.ts). */
export const TEST_TODAY = "2026-12-01";

function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Today as YYYY-MM-DD (UTC), or TIERSCOPE_TODAY when it is set. */
export function today(): string {
  const pinned = process.env.TIERSCOPE_TODAY;
  if (pinned) {
    if (!isIsoDate(pinned))
      throw new Error(`TIERSCOPE_TODAY must be a YYYY-MM-DD date, got "${pinned}"`);
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
