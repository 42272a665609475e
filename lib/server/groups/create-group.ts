import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { GroupFields } from "@/lib/validation/group";
import { checkGroupFields, groupData, readGroup } from "./group-record";

export async function createGroup(db: PrismaClient, actorId: string, fields: GroupFields) {
  return db.$transaction(async (tx) => {
    const members = await checkGroupFields(tx, fields);
    const { id } = await tx.countryGroup.create({
      data: {
        ...groupData(fields),
        members: { create: members.map((jurisdictionCode) => ({ jurisdictionCode })) },
      },
    });
    const after = await readGroup(tx, id);
    await recordAudit(tx, {
      actorId,
      action: "countryGroup.create",
      entityType: "countryGroup",
      entityId: id,
      after,
    });
    return after;
  });
}
