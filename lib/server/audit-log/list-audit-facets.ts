import type { Db } from "@/lib/server/db/create-client";

/** The choices of the audit log's filters: entity types present in the log, and every user. */
export async function listAuditFacets(db: Db) {
  const [types, actors] = await Promise.all([
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return { entityTypes: types.map((t) => t.entityType), actors };
}
