import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { InUseError, NotFoundError } from "@/lib/server/errors";
import type { SetArchivedInput } from "@/lib/validation/inventory";
import { nameSome } from "./check-references";

/**
 * Archives or restores a vendor. Archiving is refused while any of its models has a planned or live
 * deployment: those would silently drop out of every score.
 */
export async function setVendorArchived(
  db: PrismaClient,
  actorId: string | null,
  { id, version, archived }: SetArchivedInput,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.vendor.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("This vendor no longer exists.");
    if (archived) {
      const where = {
        archivedAt: null,
        status: { in: ["PLANNED" as const, "LIVE" as const] },
        model: { vendorId: id },
      };
      const [count, some] = await Promise.all([
        tx.deployment.count({ where }),
        tx.deployment.findMany({ where, select: { ref: true }, orderBy: { ref: "asc" }, take: 5 }),
      ]);
      if (count > 0)
        throw new InUseError(
          `${before.name} cannot be archived: ${count} planned or live deployment${count === 1 ? "" : "s"} of its models still use it (${nameSome(
            some.map((d) => d.ref),
            count,
          )}). Retire or archive them first.`,
        );
    }
    await updateVersioned(tx, tx.vendor, "vendor", "vendor", id, version, {
      archivedAt: archived ? new Date() : null,
    });
    const after = await tx.vendor.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: archived ? "vendor.archive" : "vendor.restore",
      entityType: "vendor",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
