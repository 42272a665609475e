/**
 * Memberships as periods in the database (see lib/domain/groups/members-as-of.ts for the meaning):
 * which rows are in force on a date, reading a group's periods, and writing a new member list.
 */
import { today } from "@/lib/clock";
import { applyMemberList, type ListedMember, type MembershipPeriod } from "@/lib/domain";
import type { Tx } from "@/lib/server/db/create-client";

export const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Prisma filter: memberships in force on asOf (validFrom ≤ asOf < validTo). */
export function inForceOn(asOf: string = today()) {
  const d = dayOf(asOf);
  return {
    AND: [
      { OR: [{ validFrom: null }, { validFrom: { lte: d } }] },
      { OR: [{ validTo: null }, { validTo: { gt: d } }] },
    ],
  };
}

export async function readPeriods(tx: Tx, groupId: string): Promise<MembershipPeriod[]> {
  const rows = await tx.countryGroupMember.findMany({
    where: { groupId },
    orderBy: [{ jurisdictionCode: "asc" }, { validFrom: "asc" }],
  });
  return rows.map((r) => ({
    code: r.jurisdictionCode,
    validFrom: isoOf(r.validFrom),
    validTo: isoOf(r.validTo),
  }));
}

/** Makes `listed` the group's membership from `effective` on (lib/domain/groups/apply-member-list). */
export async function writeMemberList(
  tx: Tx,
  groupId: string,
  listed: ListedMember[],
  effective: string,
) {
  const change = applyMemberList(await readPeriods(tx, groupId), listed, effective);
  await tx.countryGroupMember.deleteMany({ where: { groupId } });
  await tx.countryGroupMember.createMany({
    data: change.periods.map((p) => ({
      groupId,
      jurisdictionCode: p.code,
      validFrom: p.validFrom ? dayOf(p.validFrom) : null,
      validTo: p.validTo ? dayOf(p.validTo) : null,
    })),
  });
  return change;
}
