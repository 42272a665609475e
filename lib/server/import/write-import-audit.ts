/**
 * Audit for an import: one summary event (entityType "import": file name, entity, counts) and one
 * event per created or updated row, so every row's history and its "changed by NAME at TIME"
 * conflict message stay as complete as after a form edit. The per-row events are written with
 * one INSERT per 5,000 rows (insertJsonRows) and carry the import's id as requestId, linking them to
 * the summary; that keeps audit writing for a 10,000-row import to a small share of the commit.
 * Unchanged rows write nothing.
 */
import { randomUUID } from "node:crypto";
import type { ImportEntity } from "@/lib/import/columns";
import type { Tx } from "@/lib/server/db/create-client";
import type { RowAction, RowResult, Values } from "./import-types";
import { insertJsonRows } from "./insert-json-rows";

const AUDIT_COLUMNS = {
  id: "text",
  actorId: "text",
  action: "text",
  entityType: "text",
  entityId: "text",
  before: "jsonb",
  after: "jsonb",
  requestId: "text",
};

const ENTITY_TYPE: Record<ImportEntity, string> = {
  vendors: "vendor",
  models: "model",
  deployments: "deployment",
};

const pick = (values: Values, fields: string[]) =>
  Object.fromEntries(fields.map((f) => [f, values[f]]));

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
  const events: Record<string, unknown>[] = [];
  for (const r of input.rows) {
    if (r.action === "create")
      events.push({
        id: randomUUID(),
        actorId: input.actorId,
        action: `${type}.create`,
        entityType: type,
        entityId: input.ids.get(r.key)!,
        before: null,
        after: r.values,
        requestId: input.importId,
      });
    else if (r.action === "update")
      events.push({
        id: randomUUID(),
        actorId: input.actorId,
        action: `${type}.update`,
        entityType: type,
        entityId: r.existing!.id,
        before: pick(r.existing!.values, r.changed),
        after: pick(r.values!, r.changed),
        requestId: input.importId,
      });
  }
  await insertJsonRows(tx, "AuditEvent", AUDIT_COLUMNS, events);
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
