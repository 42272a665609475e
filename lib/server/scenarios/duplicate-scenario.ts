import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { assertNameFree, readScenario } from "./scenario-record";

/** A draft copy with the same default and rules (new rule ids), never active. */
export async function duplicateScenario(
  db: PrismaClient,
  actorId: string,
  input: { id: string; name: string },
) {
  return db.$transaction(async (tx) => {
    const source = await readScenario(tx, input.id);
    await assertNameFree(tx, input.name);
    const { id } = await tx.policyScenario.create({
      data: {
        name: input.name,
        description: source.description,
        defaultOutcome: source.defaultOutcome,
        rules: {
          create: source.rules.map(({ id: _id, scenarioId: _s, ...rule }) => rule),
        },
      },
    });
    const after = await readScenario(tx, id);
    await recordAudit(tx, {
      actorId,
      action: "scenario.duplicate",
      entityType: "scenario",
      entityId: id,
      after: { ...after, duplicatedFrom: source.id },
    });
    return after;
  });
}
