import type { z } from "zod";
import { describeQuote } from "@/lib/domain/annotations/anchor-quote";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { assertFreshOrThrow } from "@/lib/server/concurrency";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { annotationCreateSchema } from "@/lib/validation/legal";
import { addMentions } from "./mentions";

/**
 * Annotates a passage of a clause. The selection's offsets are only meaningful on the text the user
 * saw, so a clause edited since is refused (409) rather than annotated in the wrong place. The
 * quote and its context are taken from the stored text, never from the request.
 */
export async function createAnnotation(
  db: PrismaClient,
  actorId: string,
  input: z.output<typeof annotationCreateSchema>,
) {
  return db.$transaction(async (tx) => {
    const clause = await tx.contractClause.findUnique({ where: { id: input.clauseId } });
    if (!clause) throw new NotFoundError("This clause no longer exists.");
    if (clause.version !== input.clauseVersion)
      await assertFreshOrThrow(tx, "clause", clause.id, "clause");
    if (input.end > clause.text.length)
      throw new ValidationError("The selection is outside the clause text.");
    const sel = describeQuote(clause.text, input.start, input.end);
    if (!sel.exact) throw new ValidationError("Select some text first.");
    const row = await tx.annotation.create({
      data: {
        clauseId: clause.id,
        authorId: actorId,
        quote: sel.exact,
        prefix: sel.prefix,
        suffix: sel.suffix,
        startOffset: sel.start,
        endOffset: sel.end,
        tag: input.tag,
        body: input.body,
      },
    });
    const mentions = await addMentions(tx, row.id, input.mentions);
    await recordAudit(tx, {
      actorId,
      action: "annotation.create",
      entityType: "annotation",
      entityId: row.id,
      after: { ...row, mentions },
    });
    return row;
  });
}
