import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { NotFoundError } from "@/lib/server/errors";
import type { vendorUpdateSchema } from "@/lib/validation/inventory";
import { checkReferences, clash } from "./check-references";
import { checkCloudRun } from "./create-vendor";

export async function updateVendor(
  db: PrismaClient,
  actorId: string | null,
  input: z.output<typeof vendorUpdateSchema>,
) {
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.vendor.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("This vendor no longer exists.");
    await checkReferences(tx, { countries: { hqCode: fields.hqCode } });
    const other = await tx.vendor.findUnique({
      where: { name: fields.name },
      select: { id: true },
    });
    if (other && other.id !== id)
      throw clash("name", `A vendor named "${fields.name}" already exists.`);
    await checkCloudRun(tx, fields.cloudProviderCode, id);
    await updateVersioned(tx, tx.vendor, "vendor", "vendor", id, version, fields);
    const after = await tx.vendor.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: "vendor.update",
      entityType: "vendor",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
