import Papa from "papaparse";

export interface ParsedCsv {
  /** header cells, trimmed, in file order */
  headers: string[];
  /** one record per data row, keyed by header; every cell a string */
  rows: Record<string, string>[];
  /** the delimiter papaparse settled on */
  delimiter: string;
  /** problems with the file as a whole (unbalanced quotes…), with the spreadsheet row number */
  errors: { row: number | null; message: string }[];
}

const DELIMITERS = [",", ";", "\t", "|"];

/**
 * Parses CSV text exported by spreadsheets: a UTF-8 byte-order mark is dropped, the delimiter is
 * detected (Excel writes ";" in many European locales), blank lines are skipped and the first row
 * names the columns. Row numbers in errors count the header as row 1, like a spreadsheet.
 */
export function parseCsv(text: string): ParsedCsv {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(source, {
    header: true,
    skipEmptyLines: "greedy",
    delimiter: "",
    delimitersToGuess: DELIMITERS,
    transformHeader: (h) => h.trim(),
  });
  const headers = (result.meta.fields ?? []).filter((h) => h !== "");
  const errors = result.errors
    // A one-column file has nothing to guess from; that is not the user's mistake.
    .filter((e) => e.code !== "UndetectableDelimiter")
    .map((e) => ({
      row: typeof e.row === "number" ? e.row + 2 : null,
      message: e.message,
    }));
  const rows = result.data.map((record) => {
    const clean: Record<string, string> = {};
    for (const h of headers) clean[h] = typeof record[h] === "string" ? record[h] : "";
    return clean;
  });
  return { headers, rows, delimiter: result.meta.delimiter, errors };
}

/** CSV text (comma-separated, CRLF, quoted where needed) from a header and rows of cells. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse({ fields: [...headers], data: rows.map((r) => [...r]) }, { newline: "\r\n" });
}
