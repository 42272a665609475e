import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadDeploymentRows } from "./deployment-rows";

/** A model with its vendor and the deployments that run it (up to `limit`). */
export async function getModel(db: PrismaClient, id: string, limit = 200) {
  const model = await db.aiModel.findUnique({
    where: { id },
    include: { vendor: { select: { id: true, name: true } }, origin: { select: { name: true } } },
  });
  if (!model) return null;
  const [{ deployments, deploymentCount }, fallbackFor] = await Promise.all([
    loadDeploymentRows(db, { modelId: id }, limit),
    db.deployment.count({ where: { archivedAt: null, fallbackModelId: id } }),
  ]);
  return { model, deployments, deploymentCount, fallbackFor };
}
