import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_METHODOLOGY } from "@/lib/domain/methodology/methodology";
import { recordAudit } from "@/lib/server/audit";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { parseMethodology } from "@/lib/validation/methodology";
import { assertBaseVersion, METHODOLOGY_ENTITY } from "./assert-base-version";

/**
 * Re-applies an earlier version (or the built-in default, by its version number) as the active
 * methodology. The version keeps its number, so scores computed with it name the same version.
 */
export async function activateMethodologyVersion(
  db: PrismaClient,
  actorId: string,
  input: { version: number; reason: string; baseVersion: number },
) {
  return db.$transaction(async (tx) => {
    const previous = await assertBaseVersion(tx, input.baseVersion);
    if (previous === input.version)
      throw new ValidationError(`Version ${input.version} is already the active one.`);
    const row = await tx.methodologyVersion.findUnique({
      where: { version: input.version },
      select: { id: true, body: true },
    });
    if (!row && input.version !== DEFAULT_METHODOLOGY.version)
      throw new NotFoundError(`There is no methodology version ${input.version}.`);
    if (row && !parseMethodology(row.body).ok)
      throw new ValidationError(
        `Version ${input.version} no longer passes the methodology checks; import it, fix it and save it as a new version.`,
      );
    await tx.methodologyVersion.updateMany({
      where: { isActive: true },
      data: { isActive: false },
    });
    if (row)
      await tx.methodologyVersion.update({
        where: { id: row.id },
        data: { isActive: true, activatedAt: new Date() },
      });
    await recordAudit(tx, {
      actorId,
      action: "methodology.activate",
      entityType: METHODOLOGY_ENTITY.type,
      entityId: METHODOLOGY_ENTITY.id,
      before: { version: previous },
      after: { version: input.version, reason: input.reason },
    });
    return { version: input.version };
  });
}
