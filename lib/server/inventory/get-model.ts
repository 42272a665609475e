import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A model with its vendor and the deployments that run it (up to `limit`). */
export async function getModel(db: PrismaClient, id: string, limit = 200) {
  const model = await db.aiModel.findUnique({
    where: { id },
    include: { vendor: { select: { id: true, name: true } }, origin: { select: { name: true } } },
  });
  if (!model) return null;
  const where = { archivedAt: null, modelId: id };
  const [deployments, deploymentCount, fallbackFor] = await Promise.all([
    db.deployment.findMany({
      where,
      orderBy: { ref: "asc" },
      take: limit,
      select: {
        id: true,
        ref: true,
        status: true,
        businessUnit: true,
        jurisdictionCode: true,
        jurisdiction: { select: { name: true } },
      },
    }),
    db.deployment.count({ where }),
    db.deployment.count({ where: { archivedAt: null, fallbackModelId: id } }),
  ]);
  return { model, deployments, deploymentCount, fallbackFor };
}
