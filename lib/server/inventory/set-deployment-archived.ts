import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { InUseError, NotFoundError } from "@/lib/server/errors";
import type { SetArchivedInput } from "@/lib/validation/inventory";

/** Archives or restores a deployment; restoring needs its model (and fallback) to be current. */
export async function setDeploymentArchived(
  db: PrismaClient,
  actorId: string | null,
  { id, version, archived }: SetArchivedInput,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.deployment.findUnique({
      where: { id },
      include: { model: { select: { name: true, archivedAt: true } } },
    });
    if (!before) throw new NotFoundError("This deployment no longer exists.");
    if (!archived && before.model.archivedAt)
      throw new InUseError(
        `${before.ref} cannot be restored while its model ${before.model.name} is archived.`,
      );
    await updateVersioned(tx, tx.deployment, "deployment", "deployment", id, version, {
      archivedAt: archived ? new Date() : null,
    });
    const after = await tx.deployment.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: archived ? "deployment.archive" : "deployment.restore",
      entityType: "deployment",
      entityId: id,
      before: { ...before, model: undefined },
      after,
    });
    return after;
  });
}
