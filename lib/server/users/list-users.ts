import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publicUser } from "./create-user";

export function listUsers(db: PrismaClient) {
  return db.user.findMany({ select: publicUser, orderBy: [{ role: "asc" }, { email: "asc" }] });
}
