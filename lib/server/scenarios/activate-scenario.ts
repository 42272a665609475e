import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { ValidationError } from "@/lib/server/errors";
import { readScenario } from "./scenario-record";

/**
 * Makes a scenario the organisation's active one. The previous active scenario steps back to draft
 * in the same transaction (first, so the partial unique index never sees two), each with its audit
 * event.
 */
export async function activateScenario(
  db: PrismaClient,
  actorId: string,
  input: { id: string; version: number },
) {
  return db.$transaction(async (tx) => {
    const before = await readScenario(tx, input.id);
    if (before.status === "ARCHIVED")
      throw new ValidationError(
        `Bring “${before.name}” back from the archive before activating it.`,
      );
    const previous = await tx.policyScenario.findFirst({
      where: { isActive: true, id: { not: input.id } },
      select: { id: true, status: true, isActive: true },
    });
    if (previous) {
      await tx.policyScenario.update({
        where: { id: previous.id },
        data: { isActive: false, status: "DRAFT", version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actorId,
        action: "scenario.deactivate",
        entityType: "scenario",
        entityId: previous.id,
        before: { isActive: true, status: previous.status },
        after: { isActive: false, status: "DRAFT" },
      });
    }
    await updateVersioned(tx, tx.policyScenario, "scenario", "scenario", input.id, input.version, {
      isActive: true,
      status: "ACTIVE",
    });
    await recordAudit(tx, {
      actorId,
      action: "scenario.activate",
      entityType: "scenario",
      entityId: input.id,
      before: { isActive: before.isActive, status: before.status },
      after: { isActive: true, status: "ACTIVE" },
    });
    return { id: input.id, previousId: previous?.id ?? null };
  });
}
