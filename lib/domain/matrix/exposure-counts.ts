/**
 * Deployments per matrix cell, sparse, as compact text for the browser: for each cell with any,
 * the gap since the previous such cell and then the count, each as a little-endian base-32
 * varint. A digit is one character: "0"–"9", "a"–"v" end a number, "A"–"Z", "w"–"z", "_", "-"
 * are the same 32 values with more digits to follow. Most gaps and counts are under 32, so a cell
 * usually costs two characters ("01" = cell 0 has 1; "7b" = 8 cells on, 11), about a quarter of a
 * JSON number array. Nothing in the alphabet needs escaping in JSON or HTML.
 */
const LAST = "0123456789abcdefghijklmnopqrstuv";
const MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz_-";

function writeNumber(value: number): string {
  let out = "";
  while (value >= 32) {
    out += MORE[value & 31];
    value = Math.floor(value / 32);
  }
  return out + LAST[value];
}

export function encodeCounts(cells: readonly number[], counts: readonly number[]): string {
  const parts = new Array<string>(cells.length);
  let previous = -1;
  for (let i = 0; i < cells.length; i++) {
    parts[i] = writeNumber(cells[i] - previous - 1) + writeNumber(counts[i]);
    previous = cells[i];
  }
  return parts.join("");
}

/** Digit value and whether more digits follow, by char code; built once. */
const DIGIT = new Int8Array(128).fill(-1);
const CONTINUES = new Uint8Array(128);
for (let v = 0; v < 32; v++) {
  DIGIT[LAST.charCodeAt(v)] = v;
  DIGIT[MORE.charCodeAt(v)] = v;
  CONTINUES[MORE.charCodeAt(v)] = 1;
}

/** Reads numbers one after another from `text`. */
function reader(text: string) {
  let position = 0;
  return {
    done: () => position >= text.length,
    next(): number {
      let value = 0;
      let scale = 1;
      for (;;) {
        const code = text.charCodeAt(position++);
        const digit = DIGIT[code] ?? -1;
        if (digit < 0) throw new Error(`Malformed exposure counts at ${position - 1}`);
        value += digit * scale;
        if (!CONTINUES[code]) return value;
        scale *= 32;
      }
    },
  };
}

/** Counts by cell, read from the text only as far as the highest cell asked for so far. */
export interface CountLookup {
  get(cell: number): number;
}

/**
 * Parsed lazily: the server renders the matrix on every request but shows only its top-left
 * corner, so it reads a few entries instead of all (decoding everything cost ≈ 1 ms a request at
 * 200 × 250 and 20,000 deployments); the browser reads on as the user scrolls.
 */
export function countLookup(text: string): CountLookup {
  const known = new Map<number, number>();
  const read = reader(text);
  let lastCell = -1;
  return {
    get(cell) {
      while (lastCell < cell && !read.done()) {
        lastCell += read.next() + 1;
        known.set(lastCell, read.next());
      }
      return known.get(cell) ?? 0;
    },
  };
}

/** Every cell with a count, in cell order (for tests; the grid uses countLookup). */
export function decodeCounts(text: string): Map<number, number> {
  const all = new Map<number, number>();
  const read = reader(text);
  let cell = -1;
  while (!read.done()) {
    cell += read.next() + 1;
    all.set(cell, read.next());
  }
  return all;
}
