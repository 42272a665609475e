import type { PrismaClient } from "@/lib/generated/prisma/client";

const person = { select: { id: true, name: true } } as const;

/** A clause with its contract, its assessment history (newest first) and its annotation threads. */
export async function getClause(db: PrismaClient, id: string) {
  return db.contractClause.findUnique({
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
}

export type ClauseWorkspace = NonNullable<Awaited<ReturnType<typeof getClause>>>;
