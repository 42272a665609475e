import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Open annotation threads that mention this user, newest first, with where they are. */
export async function listAssignedAnnotations(db: PrismaClient, userId: string) {
  return db.annotation.findMany({
    where: { parentId: null, status: "OPEN", mentions: { some: { userId } } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      quote: true,
      tag: true,
      body: true,
      anchor: true,
      createdAt: true,
      author: { select: { name: true } },
      clause: {
        select: {
          id: true,
          heading: true,
          contract: { select: { id: true, title: true, vendor: { select: { name: true } } } },
        },
      },
      _count: { select: { replies: true } },
    },
  });
}

export async function countAssignedAnnotations(db: PrismaClient, userId: string) {
  return db.annotation.count({
    where: { parentId: null, status: "OPEN", mentions: { some: { userId } } },
  });
}
