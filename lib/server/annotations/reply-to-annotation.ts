import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { NotFoundError } from "@/lib/server/errors";
import type { annotationReplySchema } from "@/lib/validation/legal";
import { addMentions } from "./mentions";

/** A reply in an annotation's thread (threads are one level deep: replies go to the top note). */
export async function replyToAnnotation(
  db: PrismaClient,
  actorId: string,
  input: z.output<typeof annotationReplySchema>,
) {
  return db.$transaction(async (tx) => {
    const parent = await tx.annotation.findUnique({ where: { id: input.parentId } });
    if (!parent) throw new NotFoundError("This annotation no longer exists.");
    const rootId = parent.parentId ?? parent.id;
    const row = await tx.annotation.create({
      data: { clauseId: parent.clauseId, authorId: actorId, parentId: rootId, body: input.body },
    });
    // a mention in a reply puts the whole thread on that person's list
    const mentions = await addMentions(tx, rootId, input.mentions);
    await recordAudit(tx, {
      actorId,
      action: "annotation.reply",
      entityType: "annotation",
      entityId: row.id,
      after: { ...row, mentions },
    });
    return row;
  });
}
