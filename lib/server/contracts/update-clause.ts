import type { z } from "zod";
import { anchorQuote } from "@/lib/domain/annotations/anchor-quote";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import type { Tx } from "@/lib/server/db/create-client";
import { NotFoundError } from "@/lib/server/errors";
import { clauseData } from "./create-clause";
import type { clauseUpdateSchema } from "@/lib/validation/legal";

/**
 * Places every top-level annotation of a clause on its new text: anchored where its quote (told
 * apart by its context) still stands, detached where the text no longer contains it.
 */
async function reanchorAnnotations(tx: Tx, clauseId: string, text: string) {
  const notes = await tx.annotation.findMany({ where: { clauseId, parentId: null } });
  const moved: { id: string; anchor: "ANCHORED" | "DETACHED" }[] = [];
  for (const n of notes) {
    const at = anchorQuote(text, {
      exact: n.quote,
      prefix: n.prefix,
      suffix: n.suffix,
      start: n.startOffset ?? 0,
      end: n.endOffset ?? 0,
    });
    const data = at
      ? { anchor: "ANCHORED" as const, startOffset: at.start, endOffset: at.end }
      : { anchor: "DETACHED" as const };
    if (data.anchor === n.anchor && (!at || (at.start === n.startOffset && at.end === n.endOffset)))
      continue;
    // the system moves the highlight; the annotation's version (its author's edits) is untouched
    await tx.annotation.update({ where: { id: n.id }, data });
    moved.push({ id: n.id, anchor: data.anchor });
  }
  return moved;
}

export async function updateClause(
  db: PrismaClient,
  actorId: string,
  input: z.output<typeof clauseUpdateSchema>,
) {
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.contractClause.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("This clause no longer exists.");
    const data = await clauseData(tx, fields);
    await updateVersioned(tx, tx.contractClause, "clause", "clause", id, version, data);
    const annotations =
      fields.text === before.text ? [] : await reanchorAnnotations(tx, id, fields.text);
    const after = await tx.contractClause.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: "clause.update",
      entityType: "clause",
      entityId: id,
      before: {
        type: before.type,
        heading: before.heading,
        text: before.text,
        places: before.places,
      },
      after: {
        type: after.type,
        heading: after.heading,
        text: after.text,
        places: after.places,
        annotations,
      },
    });
    return { clause: after, annotations };
  });
}
