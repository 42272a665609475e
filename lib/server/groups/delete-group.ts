import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { InUseError } from "@/lib/server/errors";
import { findGroupUsage } from "./find-group-usage";
import { readGroup } from "./group-record";

/** Deletes a group no scenario refers to; otherwise refuses and names the scenarios. */
export async function deleteGroup(db: PrismaClient, actorId: string, id: string) {
  return db.$transaction(async (tx) => {
    const before = await readGroup(tx, id);
    const usage = await findGroupUsage(tx, id);
    if (usage.length > 0) {
      const names = usage.map((u) => `“${u.scenarioName}”`).join(", ");
      throw new InUseError(
        `“${before.name}” is used by ${usage.length === 1 ? "the scenario" : "the scenarios"} ${names}. Remove it from their rules first.`,
      );
    }
    await tx.countryGroup.delete({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: "countryGroup.delete",
      entityType: "countryGroup",
      entityId: id,
      before,
    });
  });
}
