/**
 * Group memberships change over time (US Country Group D:5 follows the State Department's list):
 * each membership is a period, and a rule naming a group means the members in force on the
 * evaluation date.
 */
import type { CountryGroup, Inventory, MembershipPeriod } from "../types";

/**
 * In force on asOf: from validFrom (inclusive; null = since before records) until validTo
 * (exclusive: a country removed on a date is no longer a member that day).
 */
export function isMemberOn(period: MembershipPeriod, asOf: string): boolean {
  return (
    (period.validFrom === null || period.validFrom <= asOf) &&
    (period.validTo === null || asOf < period.validTo)
  );
}

/** The group's members on asOf, sorted; a group without periods keeps its members list. */
export function membersAsOf(group: CountryGroup, asOf: string): string[] {
  if (!group.periods) return group.members;
  const codes = new Set<string>();
  for (const p of group.periods) if (isMemberOn(p, asOf)) codes.add(p.code);
  return [...codes].sort();
}

/** The inventory with every group's members resolved on asOf (the same object when none changes). */
export function inventoryAsOf(inventory: Inventory, asOf: string): Inventory {
  if (!inventory.groups.some((g) => g.periods)) return inventory;
  return {
    ...inventory,
    groups: inventory.groups.map((g) => (g.periods ? { ...g, members: membersAsOf(g, asOf) } : g)),
  };
}
