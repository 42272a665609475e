import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A contract with its counterparty, clauses and the models a LISTED_MODELS contract covers. */
export async function getContract(db: PrismaClient, id: string) {
  const contract = await db.contract.findUnique({
    where: { id },
    include: {
      vendor: { select: { id: true, name: true, cloudProviderCode: true } },
      governingLaw: { select: { name: true } },
      clauses: { orderBy: [{ position: "asc" }, { type: "asc" }] },
    },
  });
  if (!contract) return null;
  const coveredModels = await db.aiModel.findMany({
    where: { id: { in: contract.coveredModelIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return { ...contract, coveredModels };
}
