import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { updateVersioned } from "@/lib/server/concurrency";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { updateUserSchema } from "@/lib/validation/user";
import { publicUser } from "./create-user";

/** Changes a user's role and/or disables or re-enables the account. */
export async function updateUser(
  db: PrismaClient,
  actorId: string,
  input: z.output<typeof updateUserSchema>,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: publicUser });
    if (!before) throw new NotFoundError("This user no longer exists.");
    // An administrator cannot lock themselves out: another admin has to do it.
    if (input.id === actorId && (input.disabled || (input.role && input.role !== "ADMIN"))) {
      throw new ValidationError(
        "You cannot disable your own account or remove your own admin role.",
      );
    }
    const data: Record<string, unknown> = {};
    if (input.role) data.role = input.role;
    if (input.disabled !== undefined) data.disabledAt = input.disabled ? new Date() : null;
    await updateVersioned(tx, tx.user, "user", "user", input.id, input.version, data);
    // A disabled account is signed out everywhere at once (its live streams close too).
    if (input.disabled) await revokeUserSessions(tx, input.id);
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: publicUser });
    const action =
      input.disabled === true
        ? "user.disable"
        : input.disabled === false
          ? "user.enable"
          : "user.update";
    await recordAudit(tx, {
      actorId,
      action,
      entityType: "user",
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
