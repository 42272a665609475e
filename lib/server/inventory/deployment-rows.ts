import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The unarchived deployments matching `where`, by ref (up to `limit`), and how many there are in
 * all: the deployments section of the vendor and model pages (DeploymentRiskTable).
 */
export async function loadDeploymentRows(
  db: PrismaClient,
  where: Prisma.DeploymentWhereInput,
  limit: number,
) {
  const unarchived = { ...where, archivedAt: null };
  const [deployments, deploymentCount] = await Promise.all([
    db.deployment.findMany({
      where: unarchived,
      orderBy: { ref: "asc" },
      take: limit,
      select: {
        id: true,
        ref: true,
        status: true,
        businessUnit: true,
        jurisdictionCode: true,
        jurisdiction: { select: { name: true } },
        model: { select: { name: true } },
      },
    }),
    db.deployment.count({ where: unarchived }),
  ]);
  return { deployments, deploymentCount };
}

export type DeploymentRow = Awaited<ReturnType<typeof loadDeploymentRows>>["deployments"][number];
