import type { PrismaClient } from "@/lib/generated/prisma/client";
import { poolOf } from "@/lib/server/db/create-client";

const SQL = `SELECT "value" FROM "DataRevision" WHERE "id" = 1`;

/**
 * Identifies the current state of all data. Every mutation writes an audit event in its
 * transaction, and a trigger on AuditEvent raises DataRevision.value in that same transaction
 * (migration 20261129084738_data_revision), so the value changes exactly when a change commits, in
 * any server process. One single-row read per request; on PostgreSQL straight through the pool.
 */
export async function dataRevision(client: PrismaClient): Promise<string> {
  const pool = poolOf(client);
  const rows = pool
    ? (await pool.query<{ value: string }>(SQL)).rows
    : await client.$queryRawUnsafe<{ value: bigint }[]>(SQL);
  return rows.length > 0 ? String(rows[0].value) : "empty";
}
