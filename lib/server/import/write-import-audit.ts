/**
 * Audit for an import: one summary event (entityType "import": file name, entity, counts) and one
 * event per created or updated row, so every row's history and its "changed by NAME at TIME"
 * conflict message stay as complete as after a form edit. The per-row events are written with
 * batched createMany (one INSERT per thousand rows) and carry the import's id as requestId, which
 * keeps a 10,000-row import within a few hundred milliseconds of audit writing. Unchanged rows
 * write nothing.
 */
import type { ImportEntity } from "@/lib/import/columns";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";
import type { RowAction, RowResult, Values } from "./import-types";
import { WRITE_BATCH } from "./commit-import";

const ENTITY_TYPE: Record<ImportEntity, string> = {
  vendors: "vendor",
  models: "model",
  deployments: "deployment",
};

const pick = (values: Values, fields: string[]) =>
  Object.fromEntries(fields.map((f) => [f, values[f]])) as Prisma.InputJsonObject;

export async function writeImportAudit(
  tx: Tx,
  input: {
    importId: string;
    actorId: string;
    entity: ImportEntity;
    fileName: string;
    rows: RowResult[];
    ids: Map<string, string>;
    counts: Record<RowAction, number>;
  },
): Promise<void> {
  const type = ENTITY_TYPE[input.entity];
  const events: Prisma.AuditEventCreateManyInput[] = [];
  for (const r of input.rows) {
    if (r.action === "create")
      events.push({
        actorId: input.actorId,
        action: `${type}.create`,
        entityType: type,
        entityId: input.ids.get(r.key)!,
        after: r.values as Prisma.InputJsonObject,
        requestId: input.importId,
      });
    else if (r.action === "update")
      events.push({
        actorId: input.actorId,
        action: `${type}.update`,
        entityType: type,
        entityId: r.existing!.id,
        before: pick(r.existing!.values, r.changed),
        after: pick(r.values!, r.changed),
        requestId: input.importId,
      });
  }
  for (let i = 0; i < events.length; i += WRITE_BATCH)
    await tx.auditEvent.createMany({ data: events.slice(i, i + WRITE_BATCH) });
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: `${type}.import`,
      entityType: "import",
      entityId: input.importId,
      after: {
        entity: input.entity,
        fileName: input.fileName,
        rows: input.rows.length,
        created: input.counts.create,
        updated: input.counts.update,
        unchanged: input.counts.unchanged,
      },
      requestId: input.importId,
    },
  });
}
