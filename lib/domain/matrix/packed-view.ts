import type { MatrixView } from "./build-matrix-view";

/**
 * The matrix as sent to the browser. Outcome ranks shrink from one character per cell to a
 * dictionary of distinct rows, each run-length encoded: models with the same access everywhere
 * (most of a vendor's line-up, usually) share one entry, and neighbouring jurisdictions in a
 * region often share an outcome. At 200 × 250 that turns 50,000 characters into a few thousand,
 * which the server serialises, compresses and the browser parses on every render. Rows and columns
 * travel as [id, name] and [code, name] pairs rather than objects with repeated keys.
 */
export interface PackedMatrixView extends Omit<
  MatrixView,
  "rows" | "columns" | "outcomes" | "before"
> {
  rows: [id: string, name: string][];
  columns: [code: string, name: string][];
  /** packRanks() of MatrixView.outcomes */
  outcomes: string;
  before: string | null;
}

const RANK_A = 65; // "A" = rank 0 … "D" = rank 3; run lengths are lower-case base 36.

function packRow(row: string): string {
  let out = "";
  for (let i = 0; i < row.length;) {
    let j = i + 1;
    while (j < row.length && row.charCodeAt(j) === row.charCodeAt(i)) j++;
    out += String.fromCharCode(RANK_A + row.charCodeAt(i) - 48);
    if (j - i > 1) out += (j - i).toString(36);
    i = j;
  }
  return out;
}

function unpackRow(packed: string): string {
  let out = "";
  for (let i = 0; i < packed.length;) {
    const rank = String.fromCharCode(packed.charCodeAt(i) - RANK_A + 48);
    let j = i + 1;
    while (j < packed.length && (packed.charCodeAt(j) < RANK_A || packed.charCodeAt(j) > 90)) j++;
    out += rank.repeat(j > i + 1 ? parseInt(packed.slice(i + 1, j), 36) : 1);
    i = j;
  }
  return out;
}

/**
 * "distinct rows, run-length encoded, joined by |" + "/" + "each row's entry, base 36, joined by
 * ,". Ranks are the digits "0"–"9" of MatrixView.outcomes; `width` is the number of columns.
 */
export function packRanks(ranks: string, width: number): string {
  if (ranks.length === 0 || width === 0) return "";
  const entries = new Map<string, number>();
  const rowEntries: string[] = [];
  for (let start = 0; start < ranks.length; start += width) {
    const row = ranks.slice(start, start + width);
    let entry = entries.get(row);
    if (entry === undefined) entries.set(row, (entry = entries.size));
    rowEntries.push(entry.toString(36));
  }
  return `${[...entries.keys()].map(packRow).join("|")}/${rowEntries.join(",")}`;
}

export function unpackRanks(packed: string): string {
  if (packed === "") return "";
  const slash = packed.indexOf("/");
  const rows = packed.slice(0, slash).split("|").map(unpackRow);
  return packed
    .slice(slash + 1)
    .split(",")
    .map((entry) => rows[parseInt(entry, 36)])
    .join("");
}

export function packMatrixView(view: MatrixView): PackedMatrixView {
  const width = view.columns.length;
  return {
    ...view,
    rows: view.rows.map((r) => [r.id, r.name]),
    columns: view.columns.map((c) => [c.code, c.name]),
    outcomes: packRanks(view.outcomes, width),
    before: view.before === null ? null : packRanks(view.before, width),
  };
}

export function unpackMatrixView(packed: PackedMatrixView): MatrixView {
  return {
    ...packed,
    rows: packed.rows.map(([id, name]) => ({ id, name })),
    columns: packed.columns.map(([code, name]) => ({ code, name })),
    outcomes: unpackRanks(packed.outcomes),
    before: packed.before === null ? null : unpackRanks(packed.before),
  };
}
