import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db/create-client";
import type { VendorFields } from "@/lib/validation/inventory";
import { checkReferences, clash } from "./check-references";

export async function createVendor(db: PrismaClient, actorId: string | null, input: VendorFields) {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, { countries: { hqCode: input.hqCode } });
    if (await tx.vendor.findUnique({ where: { name: input.name }, select: { id: true } }))
      throw clash("name", `A vendor named "${input.name}" already exists.`);
    await checkCloudRun(tx, input.cloudProviderCode, null);
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

/** At most one vendor runs each cloud: the deployments there are covered by its contracts. */
export async function checkCloudRun(tx: Tx, code: string | null | undefined, id: string | null) {
  if (!code) return;
  const other = await tx.vendor.findUnique({
    where: { cloudProviderCode: code },
    select: { id: true, name: true },
  });
  if (other && other.id !== id)
    throw clash("cloudProviderCode", `${other.name} already runs this cloud.`);
}
