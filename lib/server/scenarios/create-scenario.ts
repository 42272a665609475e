import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { CreateScenarioInput } from "@/lib/validation/scenario-actions";
import { assertNameFree, readScenario } from "./scenario-record";

/** A new draft scenario without rules; the editor opens on it. */
export async function createScenario(
  db: PrismaClient,
  actorId: string,
  input: CreateScenarioInput,
) {
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, input.name);
    const { id } = await tx.policyScenario.create({
      data: {
        name: input.name,
        description: input.description,
        defaultOutcome: input.defaultOutcome,
      },
    });
    const after = await readScenario(tx, id);
    await recordAudit(tx, {
      actorId,
      action: "scenario.create",
      entityType: "scenario",
      entityId: id,
      after,
    });
    return after;
  });
}
