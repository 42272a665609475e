import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { InUseError, NotFoundError } from "@/lib/server/errors";
import type { SetArchivedInput } from "@/lib/validation/inventory";
import { nameSome } from "./check-references";

/**
 * Archives or restores a model. Archiving is refused while a deployment that is not retired runs
 * it or names it as its fallback; restoring is refused while its vendor is archived.
 */
export async function setModelArchived(
  db: PrismaClient,
  actorId: string | null,
  { id, version, archived }: SetArchivedInput,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.aiModel.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("This model no longer exists.");
    const vendor = await tx.vendor.findUniqueOrThrow({
      where: { id: before.vendorId },
      select: { name: true, archivedAt: true },
    });
    if (archived) {
      const active = { archivedAt: null, status: { not: "RETIRED" as const } };
      const [runs, fallback] = await Promise.all([
        tx.deployment.findMany({
          where: { ...active, modelId: id },
          select: { ref: true },
          orderBy: { ref: "asc" },
        }),
        tx.deployment.findMany({
          where: { ...active, fallbackModelId: id },
          select: { ref: true },
          orderBy: { ref: "asc" },
        }),
      ]);
      const reasons: string[] = [];
      if (runs.length)
        reasons.push(
          `${runs.length} deployment${runs.length === 1 ? "" : "s"} not yet retired run it (${nameSome(
            runs.map((d) => d.ref),
            runs.length,
          )})`,
        );
      if (fallback.length)
        reasons.push(
          `${fallback.length} deployment${fallback.length === 1 ? "" : "s"} use it as fallback (${nameSome(
            fallback.map((d) => d.ref),
            fallback.length,
          )})`,
        );
      if (reasons.length)
        throw new InUseError(`${before.name} cannot be archived: ${reasons.join("; ")}.`);
    } else if (vendor.archivedAt) {
      throw new InUseError(
        `${before.name} cannot be restored while its vendor ${vendor.name} is archived.`,
      );
    }
    await updateVersioned(tx, tx.aiModel, "model", "model", id, version, {
      archivedAt: archived ? new Date() : null,
    });
    const after = await tx.aiModel.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: archived ? "model.archive" : "model.restore",
      entityType: "model",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
