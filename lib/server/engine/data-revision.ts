import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Identifies the current state of all data. Every mutation writes an audit event in its
 * transaction, and a trigger on AuditEvent raises DataRevision.value in that same transaction
 * (migration 20261129084738_data_revision), so the value changes exactly when a change commits, in
 * any server process. Raw SQL: one indexed single-row read, no query planning per request.
 */
export async function dataRevision(client: PrismaClient): Promise<string> {
  const rows = await client.$queryRaw<{ value: bigint }[]>`
    SELECT "value" FROM "DataRevision" WHERE "id" = 1`;
  return rows.length > 0 ? String(rows[0].value) : "empty";
}
