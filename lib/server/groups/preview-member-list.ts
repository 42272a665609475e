/**
 * What an updated member list would change, before it is applied: the countries added and removed
 * on the effective date, and, under each scenario using the group, the deployments whose access
 * changes that day (before → after).
 */
import { evaluateScenario, applyMemberList, type Inventory, type Outcome } from "@/lib/domain";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { NotFoundError } from "@/lib/server/errors";
import type { MemberListRequest } from "@/lib/validation/member-list";
import { checkMemberList } from "./check-member-list";
import { readPeriods } from "./member-periods";

export interface MemberListPreview {
  group: { id: string; name: string; version: number };
  effectiveFrom: string;
  added: { code: string; name: string }[];
  removed: { code: string; name: string }[];
  scenarios: {
    id: string;
    name: string;
    changes: { id: string; ref: string; label: string; before: Outcome; after: Outcome }[];
  }[];
}

export async function previewMemberList(
  db: PrismaClient,
  groupId: string,
  request: MemberListRequest,
): Promise<MemberListPreview> {
  const group = await db.countryGroup.findUnique({ where: { id: groupId } });
  if (!group) throw new NotFoundError("This country group no longer exists.");
  const listed = await checkMemberList(db, request.text);
  const asOf = request.effectiveFrom;
  const [periods, inventory, scenarioRows] = await Promise.all([
    readPeriods(db, groupId),
    loadInventory(db),
    db.policyScenario.findMany({
      where: {
        status: { not: "ARCHIVED" },
        rules: {
          some: { OR: [{ groupIds: { has: groupId } }, { excludeGroupIds: { has: groupId } }] },
        },
      },
      orderBy: { name: "asc" },
      select: { id: true },
    }),
  ]);
  const change = applyMemberList(periods, listed, asOf);
  const proposed: Inventory = {
    ...inventory,
    groups: inventory.groups.map((g) => (g.id === groupId ? { ...g, periods: change.periods } : g)),
  };
  const names = new Map(inventory.jurisdictions.map((j) => [j.code, j.name]));
  const models = new Map(inventory.models.map((m) => [m.id, m.name]));
  const named = (code: string) => ({ code, name: names.get(code) ?? code });
  const scenarios: MemberListPreview["scenarios"] = [];
  for (const { id } of scenarioRows) {
    const scenario = (await loadScenario(db, id))!;
    const before = evaluateScenario(inventory, scenario, { asOf });
    const after = evaluateScenario(proposed, scenario, { asOf });
    const changes = inventory.deployments.flatMap((d) => {
      const was = before.deployment(d.id).access;
      const will = after.deployment(d.id).access;
      if (was === will) return [];
      const label = `${models.get(d.modelId) ?? "A model"} in ${names.get(d.jurisdictionCode) ?? d.jurisdictionCode}`;
      return [{ id: d.id, ref: d.ref, label, before: was, after: will }];
    });
    scenarios.push({ id, name: scenario.name, changes });
  }
  return {
    group: { id: group.id, name: group.name, version: group.version },
    effectiveFrom: asOf,
    added: change.added.map(named),
    removed: change.removed.map(named),
    scenarios,
  };
}
