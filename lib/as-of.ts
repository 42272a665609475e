/**
 * The "as of" date a page evaluates on (?asOf=YYYY-MM-DD): a real calendar date, else null (today).
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseAsOf(value: unknown): string | null {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : null;
}
