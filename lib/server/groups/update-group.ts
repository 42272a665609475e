import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import type { UpdateGroupInput } from "@/lib/validation/group";
import { today } from "@/lib/clock";
import { checkGroupFields, groupData, readGroup } from "./group-record";
import { writeMemberList } from "./member-periods";

/** Replaces a group's fields and today's members as one versioned change; every scenario using it re-scores. */
export async function updateGroup(db: PrismaClient, actorId: string, input: UpdateGroupInput) {
  return db.$transaction(async (tx) => {
    const before = await readGroup(tx, input.id);
    const members = await checkGroupFields(tx, input, input.id);
    await updateVersioned(
      tx,
      tx.countryGroup,
      "countryGroup",
      "country group",
      input.id,
      input.version,
      groupData(input),
    );
    // An edit takes effect today; the membership history before it is kept.
    await writeMemberList(
      tx,
      input.id,
      members.map((code) => ({ code })),
      today(),
    );
    const after = await readGroup(tx, input.id);
    await recordAudit(tx, {
      actorId,
      action: "countryGroup.update",
      entityType: "countryGroup",
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
