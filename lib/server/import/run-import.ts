/**
 * One import, end to end: parse → load what validation needs → validate in chunks → (commit)
 * write everything in one transaction. A preview stops after validation; a commit re-does all of it
 * on the server inside the transaction (the preview is never trusted) and writes nothing when any
 * row is invalid. Progress is reported between chunks, so a caller can stream it to the browser.
 */
import { randomUUID } from "node:crypto";
import { parseCsv } from "@/lib/csv/parse-csv";
import { MAX_IMPORT_ROWS, type ImportEntity } from "@/lib/import/columns";
import type { Db, Tx } from "@/lib/server/db/create-client";
import { loadImportContext } from "./load-import-context";
import { checkHeaders, createRowValidator, emptyCounts, STORED_FIELD } from "./validate-rows";
import { commitImport } from "./commit-import";
import { writeImportAudit } from "./write-import-audit";
import { isUniqueViolation } from "../db/classify-error";
import { ConflictError } from "@/lib/server/errors";
import type { RowAction, RowResult } from "./import-types";

export type ImportPhase = "parse" | "validate" | "commit";
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** What the page shows of one row: its cells, what it will do, and a message per bad cell. */
export interface RowReport {
  row: number;
  action: RowAction;
  cells: Record<string, string>;
  errors: Record<string, string>;
  /** CSV headers whose value the row changes */
  changed: string[];
}

export interface ImportOutcome {
  entity: ImportEntity;
  mode: "preview" | "commit";
  committed: boolean;
  importId: string | null;
  headers: string[];
  fileErrors: string[];
  totalRows: number;
  counts: Record<RowAction, number>;
  /** every invalid row (up to REPORT_INVALID), then the first valid rows (up to REPORT_VALID) */
  rows: RowReport[];
}

const CHUNK = 1_000;
export const REPORT_INVALID = 500;
export const REPORT_VALID = 200;

// Lets the event loop flush streamed progress and serve other requests between chunks.
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface RunImportInput {
  entity: ImportEntity;
  text: string;
  fileName: string;
  mode: "preview" | "commit";
  actorId: string;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Runs inside the commit's transaction once every row is validated, before the first write: the
   * moment another writer can still add a key this import is about to create (tests use it to
   * force that race instead of hoping for it).
   */
  beforeWrite?: (tx: Tx) => Promise<void>;
}

export async function runImport(db: Db, input: RunImportInput): Promise<ImportOutcome> {
  const progress = input.onProgress ?? (() => {});
  const { entity } = input;
  progress({ phase: "parse", done: 0, total: 1 });
  const parsed = parseCsv(input.text);
  progress({ phase: "parse", done: 1, total: 1 });
  const fileErrors = [
    ...checkHeaders(entity, parsed.headers),
    ...parsed.errors.map((e) => (e.row ? `Row ${e.row}: ${e.message}` : e.message)),
  ];
  if (parsed.rows.length === 0) fileErrors.push("The file has no data rows.");
  if (parsed.rows.length > MAX_IMPORT_ROWS)
    fileErrors.push(
      `The file has ${parsed.rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
    );
  const outcome: ImportOutcome = {
    entity,
    mode: input.mode,
    committed: false,
    importId: null,
    headers: parsed.headers,
    fileErrors,
    totalRows: parsed.rows.length,
    counts: emptyCounts(),
    rows: [],
  };
  if (fileErrors.length) return outcome;

  const validate = async (tx: Tx): Promise<RowResult[]> => {
    const refs =
      entity === "deployments"
        ? parsed.rows.map((r) => (r.ref ?? "").trim().toUpperCase()).filter(Boolean)
        : [];
    const ctx = await loadImportContext(tx, entity, refs);
    const check = createRowValidator(entity, parsed.headers, ctx);
    const results: RowResult[] = [];
    for (let i = 0; i < parsed.rows.length; i += CHUNK) {
      const end = Math.min(i + CHUNK, parsed.rows.length);
      for (let j = i; j < end; j++) results.push(check(parsed.rows[j], j));
      progress({ phase: "validate", done: end, total: parsed.rows.length });
      await yieldToLoop();
    }
    for (const r of results) outcome.counts[r.action]++;
    outcome.rows = report(entity, parsed.headers, parsed.rows, results);
    return results;
  };

  if (input.mode === "preview") {
    await validate(db);
    return outcome;
  }
  await db
    .$transaction(
      async (tx) => {
        const results = await validate(tx);
        if (outcome.counts.invalid > 0) return;
        await input.beforeWrite?.(tx);
        const importId = randomUUID();
        const writes = outcome.counts.create + outcome.counts.update;
        let written = 0;
        progress({ phase: "commit", done: 0, total: writes });
        const { ids } = await commitImport(tx, entity, results, (n) => {
          written += n;
          progress({ phase: "commit", done: written, total: writes });
        });
        await writeImportAudit(tx, {
          importId,
          actorId: input.actorId,
          entity,
          fileName: input.fileName,
          rows: results,
          ids,
          counts: outcome.counts,
        });
        outcome.committed = true;
        outcome.importId = importId;
      },
      { timeout: 120_000, maxWait: 20_000 },
    )
    .catch((error: unknown) => {
      // Another import or edit created one of these keys after this one checked: start over.
      if (isUniqueViolation(error))
        throw new ConflictError(
          "Someone else added some of these rows while this import ran. Nothing was imported; upload the file again to see the current state.",
        );
      throw error;
    });
  return outcome;
}

function report(
  entity: ImportEntity,
  headers: string[],
  cells: Record<string, string>[],
  results: RowResult[],
): RowReport[] {
  const toReport = (r: RowResult): RowReport => ({
    row: r.row,
    action: r.action,
    cells: cells[r.row - 2],
    errors: r.errors,
    changed: headers.filter((h) => r.changed.includes(STORED_FIELD[entity][h])),
  });
  const invalid = results.filter((r) => r.action === "invalid").slice(0, REPORT_INVALID);
  const valid = results.filter((r) => r.action !== "invalid").slice(0, REPORT_VALID);
  return [...invalid, ...valid].map(toReport);
}
