import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Identifies the current state of all data: every mutation writes an audit event in its
 * transaction, so the newest event changes whenever anything (in any server process) changes.
 */
export async function dataRevision(client: PrismaClient): Promise<string> {
  const last = await client.auditEvent.findFirst({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return last?.id ?? "empty";
}
