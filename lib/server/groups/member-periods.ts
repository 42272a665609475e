/**
 * Memberships as periods in the database (see lib/domain/groups/members-as-of.ts for the meaning):
 * which rows are in force on a date, and how a new member list takes effect on a date.
 */
import { today } from "@/lib/clock";
import type { Tx } from "@/lib/server/db/create-client";

export const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const isoOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

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

export interface ListedMember {
  code: string;
  /** YYYY-MM-DD; the effective date when left out */
  validFrom?: string | null;
  /** YYYY-MM-DD, exclusive; open when left out */
  validTo?: string | null;
}

/**
 * Makes `listed` the group's membership from `effective` on: members in force then and not listed
 * close that day, listed countries not yet members open (from their own date or that day), and
 * membership that would only have started on or after that day is replaced by the list. Earlier
 * history is kept. Returns the codes added and removed.
 */
export async function applyMemberList(
  tx: Tx,
  groupId: string,
  listed: ListedMember[],
  effective: string,
) {
  const on = dayOf(effective);
  const rows = await tx.countryGroupMember.findMany({ where: { groupId } });
  const current = new Set(
    rows
      .filter((r) => (!r.validFrom || r.validFrom <= on) && (!r.validTo || r.validTo > on))
      .map((r) => r.jurisdictionCode),
  );
  const wanted = new Map(listed.map((m) => [m.code, m]));
  const unlisted = { jurisdictionCode: { notIn: [...wanted.keys()] } };
  await tx.countryGroupMember.deleteMany({
    where: { groupId, OR: [{ validFrom: { gt: on } }, { validFrom: on, ...unlisted }] },
  });
  await tx.countryGroupMember.updateMany({
    where: { groupId, ...unlisted, ...inForceOn(effective) },
    data: { validTo: on },
  });
  const added = [...wanted.keys()].filter((code) => !current.has(code)).sort();
  const removed = [...current].filter((code) => !wanted.has(code)).sort();
  // A listed member stays until the list's own end date (none: open again).
  for (const m of wanted.values())
    if (current.has(m.code))
      await tx.countryGroupMember.updateMany({
        where: { groupId, jurisdictionCode: m.code, ...inForceOn(effective) },
        data: { validTo: m.validTo ? dayOf(m.validTo) : null },
      });
  await tx.countryGroupMember.createMany({
    data: added.map((code) => {
      const m = wanted.get(code)!;
      return {
        groupId,
        jurisdictionCode: code,
        validFrom: dayOf(m.validFrom ?? effective),
        validTo: m.validTo ? dayOf(m.validTo) : null,
      };
    }),
  });
  return { added, removed };
}
