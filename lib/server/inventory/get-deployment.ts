import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function getDeployment(db: PrismaClient, id: string) {
  return db.deployment.findUnique({
    where: { id },
    include: {
      model: { select: { id: true, name: true, vendor: { select: { id: true, name: true } } } },
      fallbackModel: { select: { id: true, name: true } },
      jurisdiction: { select: { name: true } },
      reach: { select: { jurisdictionCode: true }, orderBy: { jurisdictionCode: "asc" } },
    },
  });
}
