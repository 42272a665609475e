import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { VendorFields } from "@/lib/validation/inventory";
import { checkReferences, clash } from "./check-references";

export async function createVendor(db: PrismaClient, actorId: string | null, input: VendorFields) {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, { countries: { hqCode: input.hqCode } });
    if (await tx.vendor.findUnique({ where: { name: input.name }, select: { id: true } }))
      throw clash("name", `A vendor named "${input.name}" already exists.`);
    const vendor = await tx.vendor.create({ data: input });
    await recordAudit(tx, {
      actorId,
      action: "vendor.create",
      entityType: "vendor",
      entityId: vendor.id,
      after: vendor,
    });
    return vendor;
  });
}
