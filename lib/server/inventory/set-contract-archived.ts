import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { InUseError, NotFoundError } from "@/lib/server/errors";
import type { SetArchivedInput } from "@/lib/validation/inventory";

/** Archives or restores a contract (its clauses stop or start lowering residual risk). */
export async function setContractArchived(
  db: PrismaClient,
  actorId: string | null,
  { id, version, archived }: SetArchivedInput,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.contract.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("This contract no longer exists.");
    if (!archived) {
      const vendor = await tx.vendor.findUniqueOrThrow({ where: { id: before.vendorId } });
      if (vendor.archivedAt)
        throw new InUseError(
          `${before.title} cannot be restored while its vendor ${vendor.name} is archived.`,
        );
    }
    await updateVersioned(tx, tx.contract, "contract", "contract", id, version, {
      archivedAt: archived ? new Date() : null,
    });
    const after = await tx.contract.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: archived ? "contract.archive" : "contract.restore",
      entityType: "contract",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
