import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { ValidationError } from "@/lib/server/errors";
import type { MemberListRequest } from "@/lib/validation/member-list";
import { checkMemberList } from "./check-member-list";
import { readGroup } from "./group-record";
import { readPeriods, writeMemberList } from "./member-periods";

/**
 * Applies an updated member list from its effective date (members added from that day, removed
 * ones closed that day), as one versioned change with its audit event: a list previewed against
 * an older version of the group is refused (409).
 */
export async function applyMemberListChange(
  db: PrismaClient,
  actorId: string,
  groupId: string,
  request: MemberListRequest,
) {
  if (request.version === undefined)
    throw new ValidationError("Say which version of the group the preview was made against.");
  return db.$transaction(async (tx) => {
    const listed = await checkMemberList(tx, request.text);
    const before = { ...(await readGroup(tx, groupId)), periods: await readPeriods(tx, groupId) };
    await updateVersioned(
      tx,
      tx.countryGroup,
      "countryGroup",
      "country group",
      groupId,
      request.version!,
      {},
    );
    const change = await writeMemberList(tx, groupId, listed, request.effectiveFrom);
    const after = { ...(await readGroup(tx, groupId)), periods: change.periods };
    await recordAudit(tx, {
      actorId,
      action: "countryGroup.importMembers",
      entityType: "countryGroup",
      entityId: groupId,
      before,
      after: {
        ...after,
        effectiveFrom: request.effectiveFrom,
        added: change.added,
        removed: change.removed,
      },
    });
    return { version: after.version, added: change.added, removed: change.removed };
  });
}
