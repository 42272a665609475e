import type { Tx } from "@/lib/server/db/create-client";
import { ValidationError } from "@/lib/server/errors";

/** Records the users an annotation mentions; each must be an active user. */
export async function addMentions(tx: Tx, annotationId: string, userIds: string[]) {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const users = await tx.user.findMany({
    where: { id: { in: unique }, disabledAt: null },
    select: { id: true },
  });
  if (users.length !== unique.length)
    throw new ValidationError("Mention only people who can sign in.", {
      mentions: ["One of the mentioned people is not an active user."],
    });
  await tx.annotationMention.createMany({
    data: unique.map((userId) => ({ annotationId, userId })),
    skipDuplicates: true,
  });
  return unique;
}
