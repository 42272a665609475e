import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";

export interface GroupUsage {
  scenarioId: string;
  scenarioName: string;
  archived: boolean;
  rules: { id: string; name: string; excludes: boolean }[];
}

/** The scenarios whose rules include or exclude the group, by scenario name. */
export async function findGroupUsage(
  client: PrismaClient | Tx,
  groupId: string,
): Promise<GroupUsage[]> {
  const rules = await client.policyRule.findMany({
    where: { OR: [{ groupIds: { has: groupId } }, { excludeGroupIds: { has: groupId } }] },
    select: {
      id: true,
      name: true,
      groupIds: true,
      scenario: { select: { id: true, name: true, status: true } },
    },
    orderBy: [{ scenario: { name: "asc" } }, { position: "asc" }],
  });
  const byScenario = new Map<string, GroupUsage>();
  for (const rule of rules) {
    const usage = byScenario.get(rule.scenario.id) ?? {
      scenarioId: rule.scenario.id,
      scenarioName: rule.scenario.name,
      archived: rule.scenario.status === "ARCHIVED",
      rules: [],
    };
    usage.rules.push({ id: rule.id, name: rule.name, excludes: !rule.groupIds.includes(groupId) });
    byScenario.set(rule.scenario.id, usage);
  }
  return [...byScenario.values()];
}
