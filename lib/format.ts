/** Display helpers shared by pages and exports. */

/** 3.8e25 → "3.8 × 10²⁵ FLOP" */
export function formatFlop(value: number): string {
  if (!Number.isFinite(value) || value <= 0) return "—";
  const exp = Math.floor(Math.log10(value));
  const mantissa = value / 10 ** exp;
  const sup = String(exp).replace(/[0-9-]/g, (c) => "⁰¹²³⁴⁵⁶⁷⁸⁹"["0123456789".indexOf(c)] ?? "⁻");
  return `${mantissa.toFixed(1)} × 10${sup} FLOP`;
}

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return d.toISOString().slice(0, 10);
}

export function titleCase(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");
}

/** 1 → "1 model", 9012 → "9,012 models": a count with its noun in the right number. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? noun : plural}`;
}
