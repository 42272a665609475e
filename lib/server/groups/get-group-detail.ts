import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isMemberOn, membershipHistory } from "@/lib/domain";
import { findGroupUsage } from "./find-group-usage";
import { readPeriods } from "./member-periods";

/**
 * A group's page: the group, its members in force on `asOf`, its dated membership changes (each
 * ended, in force or scheduled on that date) and the scenarios using it. Null when it is gone.
 */
export async function getGroupDetail(db: PrismaClient, id: string, asOf: string) {
  const [group, periods, usage] = await Promise.all([
    db.countryGroup.findUnique({ where: { id } }),
    readPeriods(db, id),
    findGroupUsage(db, id),
  ]);
  if (!group) return null;
  const history = membershipHistory(periods, asOf);
  const members = new Set(periods.filter((p) => isMemberOn(p, asOf)).map((p) => p.code));
  return { group, members, history, usage };
}
