import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { ValidationError } from "@/lib/server/errors";
import { readScenario } from "./scenario-record";

/** Archives (hidden from pickers, kept for the record) or brings back a scenario as a draft. */
export async function setScenarioArchived(
  db: PrismaClient,
  actorId: string,
  input: { id: string; version: number; archived: boolean },
) {
  return db.$transaction(async (tx) => {
    const before = await readScenario(tx, input.id);
    if (input.archived && before.isActive)
      throw new ValidationError(
        `“${before.name}” is the organisation's active scenario. Make another scenario active before archiving it.`,
      );
    await updateVersioned(tx, tx.policyScenario, "scenario", "scenario", input.id, input.version, {
      status: input.archived ? "ARCHIVED" : "DRAFT",
    });
    const after = await readScenario(tx, input.id);
    await recordAudit(tx, {
      actorId,
      action: input.archived ? "scenario.archive" : "scenario.unarchive",
      entityType: "scenario",
      entityId: input.id,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}
