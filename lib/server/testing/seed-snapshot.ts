/**
 * The browser journeys' reset between spec files (e2e/README.md, decision record 0022).
 * After seeding, the e2e server copies every table into the schema `e2e_seed`; a reset puts those
 * rows back in one transaction, so every spec file starts on the seeded demo state whatever the
 * files before it changed. Plain SQL, the same on PGlite and PostgreSQL, about as fast as the demo
 * data is small. Only reachable through /api/e2e/reset when TIERSCOPE_E2E_RESET=1 and the snapshot
 * exists (neither is ever true outside the e2e server).
 */
import type { Db } from "@/lib/server/db/create-client";
import type { SqlRunner } from "@/lib/server/db/migrate";
import { foreignKeys, parentsFirst } from "@/lib/server/db/foreign-keys";
import { listTables, quoteIdent } from "@/lib/server/db/table-checksums";

const SNAPSHOT = "e2e_seed";
/**
 * Never copied back: the data revision only moves forward (the audit trigger raises it while the
 * rows go back), so no cache keyed on it can serve a value computed before the reset; and the
 * parts it stamps while the rows go back (decision 0020) must stay stamped, or the server would
 * keep the inventory it read before the reset.
 */
const KEPT = new Set(["DataRevision", "DataRevisionPart"]);

export const resetEnabled = () => process.env.TIERSCOPE_E2E_RESET === "1";

async function copiedTables(runner: SqlRunner): Promise<string[]> {
  return (await listTables(runner)).filter((t) => !KEPT.has(t));
}

/** Copies every table into the snapshot schema, replacing an older snapshot. */
export async function takeSeedSnapshot(runner: SqlRunner): Promise<void> {
  await runner.exec(`DROP SCHEMA IF EXISTS ${SNAPSHOT} CASCADE`);
  await runner.exec(`CREATE SCHEMA ${SNAPSHOT}`);
  for (const table of await copiedTables(runner))
    await runner.exec(
      `CREATE TABLE ${SNAPSHOT}.${quoteIdent(table)} AS TABLE ${quoteIdent(table)}`,
    );
}

export async function hasSeedSnapshot(runner: SqlRunner): Promise<boolean> {
  const rows = await runner.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1`,
    [SNAPSHOT],
  );
  return rows[0]?.n === 1;
}

/**
 * Replaces every row with the snapshot's, inside the caller's transaction: deleted children first,
 * inserted parents first. DELETE, not TRUNCATE: on PostgreSQL, truncating two dozen small tables
 * costs more than deleting their few thousand rows. Sequences are left where they are: new rows
 * never reuse an id of the snapshot's.
 */
export async function restoreSeedSnapshot(runner: SqlRunner): Promise<void> {
  const tables = await copiedTables(runner);
  const ordered = parentsFirst(tables, await foreignKeys(runner));
  const columns = await runner.query<{ table: string; names: string[] }>(
    `SELECT c.relname AS "table", json_agg(a.attname ORDER BY a.attnum) AS names
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped
        AND a.attgenerated = ''
      GROUP BY c.relname`,
  );
  const columnsOf = new Map(columns.map((c) => [c.table, c.names]));
  for (const table of [...ordered].reverse()) await runner.exec(`DELETE FROM ${quoteIdent(table)}`);
  for (const table of ordered) {
    const list = (columnsOf.get(table) ?? []).map(quoteIdent).join(", ");
    await runner.exec(
      `INSERT INTO ${quoteIdent(table)} (${list}) SELECT ${list} FROM ${SNAPSHOT}.${quoteIdent(table)}`,
    );
  }
}

/** Runs `work` on a SQL runner inside one Prisma transaction (both database kinds). */
export function inTransaction<T>(db: Db, work: (runner: SqlRunner) => Promise<T>): Promise<T> {
  return db.$transaction(
    (tx) =>
      work({
        exec: async (sql) => {
          await tx.$executeRawUnsafe(sql);
        },
        query: <R>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<R[]>(sql, ...params),
      }),
    { timeout: 60_000, maxWait: 30_000 },
  );
}
