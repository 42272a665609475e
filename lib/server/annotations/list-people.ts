import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Active users who can be @mentioned on an annotation (everyone who can sign in). */
export function listPeople(db: PrismaClient) {
  return db.user.findMany({
    where: { disabledAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
    take: 500,
  });
}
