import type { PrismaClient } from "@/lib/generated/prisma/client";
import { inForceOn } from "./member-periods";

/** Every group with its members and the scenarios whose rules include or exclude it. */
export async function listGroups(db: PrismaClient) {
  const [groups, rules] = await Promise.all([
    db.countryGroup.findMany({
      orderBy: { name: "asc" },
      include: {
        members: {
          where: inForceOn(),
          select: { jurisdictionCode: true },
          orderBy: { jurisdictionCode: "asc" },
        },
      },
    }),
    db.policyRule.findMany({
      select: {
        groupIds: true,
        excludeGroupIds: true,
        scenario: { select: { id: true, name: true } },
      },
    }),
  ]);
  const usedBy = new Map<string, Map<string, string>>();
  for (const rule of rules)
    for (const groupId of [...rule.groupIds, ...rule.excludeGroupIds]) {
      const scenarios = usedBy.get(groupId) ?? new Map<string, string>();
      scenarios.set(rule.scenario.id, rule.scenario.name);
      usedBy.set(groupId, scenarios);
    }
  return groups.map((g) => ({
    ...g,
    members: g.members.map((m) => m.jurisdictionCode),
    scenarios: [...(usedBy.get(g.id) ?? new Map<string, string>())]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
}
