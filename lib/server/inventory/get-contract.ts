import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function getContract(db: PrismaClient, id: string) {
  return db.contract.findUnique({
    where: { id },
    include: {
      vendor: { select: { id: true, name: true } },
      governingLaw: { select: { name: true } },
      clauses: { orderBy: [{ position: "asc" }, { type: "asc" }] },
    },
  });
}
