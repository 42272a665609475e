import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";
import { notifyChange } from "@/lib/server/live/notify-change";

export interface AuditInput {
  actorId: string | null;
  /** verb of the change, e.g. "vendor.update" */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

// Dates and other non-JSON values become strings so before/after diff cleanly.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Writes an AuditEvent inside the caller's transaction, so it commits or rolls back with the change,
 * and queues the live-update notification that every server process receives on commit.
 */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  const row = await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: toJson(event.before),
      after: toJson(event.after),
      requestId: event.requestId,
    },
    select: { createdAt: true },
  });
  await notifyChange(tx, {
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    at: row.createdAt.toISOString(),
  });
}
