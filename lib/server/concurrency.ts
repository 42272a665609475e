/**
 * Optimistic concurrency: an update names the version it was based on. If the row moved on, nothing
 * is written and the caller learns who changed it and when (from the audit log).
 */
import { format } from "date-fns";
import type { Tx } from "@/lib/server/db/create-client";
import { ConflictError, NotFoundError } from "./errors";

interface VersionedDelegate {
  updateMany(args: {
    where: { id: string; version: number };
    data: Record<string, unknown>;
  }): Promise<{ count: number }>;
  findUnique(args: { where: { id: string } }): Promise<unknown>;
}

export async function assertFreshOrThrow(
  tx: Tx,
  entityType: string,
  id: string,
  label: string,
): Promise<never> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId: id },
    orderBy: { createdAt: "desc" },
    include: { actor: { select: { name: true } } },
  });
  const changedBy = last?.actor?.name ?? "another user";
  const changedAt = last ? format(last.createdAt, "yyyy-MM-dd HH:mm:ss") : "an unknown time";
  throw new ConflictError(
    `This ${label} was changed by ${changedBy} at ${changedAt} after you opened it. Reload to see their change, then re-apply yours.`,
    { changedBy, changedAt: last?.createdAt.toISOString() },
  );
}

/** Updates row `id` only if it is still at `expectedVersion`; bumps the version. */
export async function updateVersioned(
  tx: Tx,
  delegate: VersionedDelegate,
  entityType: string,
  label: string,
  id: string,
  expectedVersion: number,
  data: Record<string, unknown>,
): Promise<void> {
  const { count } = await delegate.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  if (!(await delegate.findUnique({ where: { id } })))
    throw new NotFoundError(`This ${label} no longer exists.`);
  await assertFreshOrThrow(tx, entityType, id, label);
}
