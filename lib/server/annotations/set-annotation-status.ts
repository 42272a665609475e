import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { annotationStatusSchema } from "@/lib/validation/legal";

/** Resolves or reopens an annotation thread, at the version the user read. */
export async function setAnnotationStatus(
  db: PrismaClient,
  actorId: string,
  input: z.output<typeof annotationStatusSchema>,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.annotation.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("This annotation no longer exists.");
    if (before.parentId) throw new ValidationError("Resolve the thread, not a reply.");
    await updateVersioned(tx, tx.annotation, "annotation", "annotation", input.id, input.version, {
      status: input.status,
    });
    const after = await tx.annotation.findUniqueOrThrow({ where: { id: input.id } });
    await recordAudit(tx, {
      actorId,
      action: input.status === "RESOLVED" ? "annotation.resolve" : "annotation.reopen",
      entityType: "annotation",
      entityId: input.id,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}
