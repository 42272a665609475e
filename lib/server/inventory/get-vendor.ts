import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadDeploymentRows } from "./deployment-rows";

/** A vendor with its models, contracts and the deployments of its models (up to `limit`). */
export async function getVendor(db: PrismaClient, id: string, limit = 200) {
  const vendor = await db.vendor.findUnique({
    where: { id },
    include: {
      hq: { select: { name: true } },
      models: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, capabilityClass: true, weights: true, archivedAt: true },
      },
      contracts: {
        orderBy: { effectiveDate: "desc" },
        select: { id: true, title: true, effectiveDate: true, expiryDate: true, archivedAt: true },
      },
    },
  });
  if (!vendor) return null;
  const { deployments, deploymentCount } = await loadDeploymentRows(
    db,
    { model: { vendorId: id } },
    limit,
  );
  return { vendor, deployments, deploymentCount };
}
