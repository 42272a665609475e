import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_METHODOLOGY } from "@/lib/domain/methodology/methodology";
import { recordAudit } from "@/lib/server/audit";
import { ValidationError } from "@/lib/server/errors";
import { parseMethodology } from "@/lib/validation/methodology";
import { assertBaseVersion, METHODOLOGY_ENTITY } from "./assert-base-version";

/**
 * Saves an edited (or imported) methodology as a new version and makes it the active one, with
 * its audit event in the same transaction (which moves the data revision, so every cached
 * evaluation is recomputed with it). Version numbers follow the built-in default's.
 */
export async function saveMethodologyVersion(
  db: PrismaClient,
  actorId: string,
  input: { methodology: unknown; reason: string; baseVersion: number },
) {
  const parsed = parseMethodology(input.methodology);
  if (!parsed.ok)
    throw new ValidationError(`This methodology cannot be used:\n${parsed.problems.join("\n")}`);
  return db.$transaction(async (tx) => {
    const previous = await assertBaseVersion(tx, input.baseVersion);
    const last = await tx.methodologyVersion.aggregate({ _max: { version: true } });
    const version = Math.max(last._max.version ?? 0, DEFAULT_METHODOLOGY.version) + 1;
    await tx.methodologyVersion.updateMany({
      where: { isActive: true },
      data: { isActive: false },
    });
    const body = { ...parsed.methodology, version };
    const row = await tx.methodologyVersion.create({
      data: {
        version,
        body: body as unknown as Prisma.InputJsonValue,
        reason: input.reason,
        isActive: true,
        createdById: actorId,
        activatedAt: new Date(),
      },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "methodology.create",
      entityType: METHODOLOGY_ENTITY.type,
      entityId: METHODOLOGY_ENTITY.id,
      before: { version: previous },
      after: { version, reason: input.reason, methodology: body },
    });
    return row;
  });
}
