import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/server/audit";
import { ConflictError } from "@/lib/server/errors";
import type { createUserSchema } from "@/lib/validation/user";

export const publicUser = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  version: true,
  createdAt: true,
} as const;

export async function createUser(
  db: PrismaClient,
  actorId: string | null,
  input: z.output<typeof createUserSchema>,
) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new ConflictError(`A user with the email ${input.email} already exists.`, {
        field: "email",
      });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: publicUser,
    });
    await recordAudit(tx, {
      actorId,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: user,
    });
    return user;
  });
}
