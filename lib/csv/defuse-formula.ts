/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula;
 * prefixing ' shows it as text. Our own rule rather than papaparse's escapeFormulae, which misses
 * values that contain a line break. Every CSV the app writes passes its cells through this.
 */
export function defuseFormula<T>(value: T): T | string {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
