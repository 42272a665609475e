/**
 * What a database holds, table by table: the row count and an md5 of every row's text, in a
 * collation-independent order. Two databases with equal checksums hold the same rows, whatever
 * engine (embedded or PostgreSQL) they run on. Used to verify a restored backup and, in the test
 * suites, to prove that a refused request changed nothing.
 */
import type { SqlRunner } from "./migrate";

export interface TableChecksum {
  table: string;
  rows: number;
  md5: string;
}

/** The app's tables in the current schema (Prisma's migration bookkeeping excluded), by name. */
export async function listTables(runner: SqlRunner): Promise<string[]> {
  const rows = await runner.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      ORDER BY c.relname COLLATE "C"`,
  );
  return rows.map((r) => r.name);
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function tableChecksums(
  runner: SqlRunner,
  tables?: readonly string[],
): Promise<TableChecksum[]> {
  const names = tables ?? (await listTables(runner));
  if (names.length === 0) return [];
  const sql = names
    .map(
      (name) =>
        `SELECT ${sqlString(name)} AS "table", count(*)::int AS rows,
           md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5
         FROM ${quoteIdent(name)} t`,
    )
    .join(" UNION ALL ");
  const rows = await runner.query<TableChecksum>(sql);
  return [...rows].sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : 0));
}

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
