import type { PrismaClient } from "@/lib/generated/prisma/client";

const person = { select: { id: true, name: true } } as const;

/**
 * A clause with its contract, its assessment history (newest first), its annotation threads and
 * the names of the places a residency commitment keeps data in.
 */
export async function getClause(db: PrismaClient, id: string) {
  const clause = await db.contractClause.findUnique({
    where: { id },
    include: {
      contract: {
        select: {
          id: true,
          title: true,
          archivedAt: true,
          vendor: { select: { id: true, name: true } },
        },
      },
      assessments: { orderBy: { createdAt: "desc" }, include: { assessor: person } },
      annotations: {
        where: { parentId: null },
        orderBy: [{ startOffset: "asc" }, { createdAt: "asc" }],
        include: {
          author: person,
          mentions: { include: { user: person } },
          replies: { orderBy: { createdAt: "asc" }, include: { author: person } },
        },
      },
    },
  });
  if (!clause) return null;
  const places = await db.jurisdiction.findMany({
    where: { code: { in: clause.places } },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
  return { ...clause, placeNames: places.map((p) => p.name) };
}

export type ClauseWorkspace = NonNullable<Awaited<ReturnType<typeof getClause>>>;
