import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";

/** Column name → PostgreSQL type, as jsonb_to_recordset should read it. */
export type ColumnTypes = Record<string, string>;

export const JSON_BATCH = 5_000;

/**
 * Inserts many rows with one statement per batch whose only parameter is the rows as JSON text,
 * expanded by jsonb_to_recordset. Prisma's createMany sends one parameter per cell, and its
 * parameter handling made 10,000 deployments and their reach take tens of seconds; a single JSON
 * parameter takes a fraction of that. `table` and `columns` come from code, never from input.
 */
export async function insertJsonRows(
  tx: Tx,
  table: string,
  columns: ColumnTypes,
  rows: Record<string, unknown>[],
  extra: Record<string, string> = {},
): Promise<void> {
  const names = Object.keys(columns);
  const quoted = (n: string) => `"${n}"`;
  const target = [...names, ...Object.keys(extra)].map(quoted).join(", ");
  const select = [...names.map((n) => `x.${quoted(n)}`), ...Object.values(extra)].join(", ");
  const shape = names.map((n) => `${quoted(n)} ${columns[n]}`).join(", ");
  for (let i = 0; i < rows.length; i += JSON_BATCH) {
    const json = JSON.stringify(rows.slice(i, i + JSON_BATCH));
    await tx.$executeRaw`${Prisma.raw(`INSERT INTO ${quoted(table)} (${target}) SELECT ${select} FROM jsonb_to_recordset(`)}${json}::jsonb${Prisma.raw(`) AS x(${shape})`)}`;
  }
}

/**
 * Reach rows for many deployments: each deployment's codes travel as one JSON array and are
 * unnested in SQL, which keeps the parameter a fraction of one object per (deployment, country).
 */
export async function insertReach(tx: Tx, reach: { id: string; codes: string[] }[]): Promise<void> {
  for (let i = 0; i < reach.length; i += JSON_BATCH) {
    const json = JSON.stringify(reach.slice(i, i + JSON_BATCH));
    await tx.$executeRaw`INSERT INTO "DeploymentReach" ("deploymentId", "jurisdictionCode")
      SELECT x.id, unnest(x.codes) FROM jsonb_to_recordset(${json}::jsonb) AS x(id text, codes text[])`;
  }
}
