import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { NotFoundError } from "@/lib/server/errors";
import type { clauseAssessSchema } from "@/lib/validation/legal";

/**
 * Records an assessment of a clause (adequate / weak / missing, with the assessor's note): the
 * clause's current assessment, which residual risk reads, and one more entry in its history.
 */
export async function assessClause(
  db: PrismaClient,
  actorId: string,
  input: z.output<typeof clauseAssessSchema>,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.contractClause.findUnique({ where: { id: input.clauseId } });
    if (!before) throw new NotFoundError("This clause no longer exists.");
    await updateVersioned(
      tx,
      tx.contractClause,
      "clause",
      "clause",
      input.clauseId,
      input.version,
      {
        assessment: input.assessment,
      },
    );
    const entry = await tx.clauseAssessmentEntry.create({
      data: {
        clauseId: input.clauseId,
        assessment: input.assessment,
        note: input.note,
        assessorId: actorId,
      },
    });
    const after = await tx.contractClause.findUniqueOrThrow({ where: { id: input.clauseId } });
    await recordAudit(tx, {
      actorId,
      action: "clause.assess",
      entityType: "clause",
      entityId: input.clauseId,
      before: { assessment: before.assessment },
      after: { assessment: after.assessment, note: entry.note },
    });
    return after;
  });
}
