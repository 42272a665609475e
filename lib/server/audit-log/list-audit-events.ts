import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/create-client";
import type { AuditLogFilters } from "@/lib/validation/audit-log";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEventRow {
  id: string;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export function auditWhere(f: AuditLogFilters): Prisma.AuditEventWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (f.from) createdAt.gte = new Date(`${f.from}T00:00:00Z`);
  // "to" is inclusive: the whole day
  if (f.to) createdAt.lt = new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000);
  return {
    ...(f.entityType && { entityType: f.entityType }),
    ...(f.actorId && { actorId: f.actorId === "system" ? null : f.actorId }),
    ...(f.action && { action: { contains: f.action, mode: "insensitive" as const } }),
    ...(f.entityId && { entityId: f.entityId }),
    ...(f.requestId && { requestId: f.requestId }),
    ...((f.from || f.to) && { createdAt }),
  };
}

/** One page of audit events, newest first, with the total count of matches (offset pages). */
export async function listAuditEvents(
  db: Db,
  filters: AuditLogFilters,
): Promise<{ events: AuditEventRow[]; total: number; page: number; pageCount: number }> {
  const where = auditWhere(filters);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  return { events, total, page, pageCount };
}
