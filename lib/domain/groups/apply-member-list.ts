/**
 * A new member list for a group, taking effect on a date: members in force then and not listed
 * close that day, listed countries not yet members open (from their own date, else that day),
 * anything scheduled to start after that day is replaced by the list, and earlier history stays.
 */
import type { MembershipPeriod } from "../types";
import { isMemberOn } from "./members-as-of";

export interface ListedMember {
  code: string;
  /** YYYY-MM-DD; the effective date when left out */
  validFrom?: string | null;
  /** YYYY-MM-DD, exclusive; open when left out */
  validTo?: string | null;
}

export interface MemberListChange {
  periods: MembershipPeriod[];
  added: string[];
  removed: string[];
}

export function applyMemberList(
  periods: readonly MembershipPeriod[],
  listed: readonly ListedMember[],
  effective: string,
): MemberListChange {
  const wanted = new Map(listed.map((m) => [m.code, m]));
  const current = new Set(periods.filter((p) => isMemberOn(p, effective)).map((p) => p.code));
  const next: MembershipPeriod[] = [];
  for (const p of periods) {
    if (p.validFrom !== null && p.validFrom > effective) continue;
    if (!isMemberOn(p, effective)) next.push(p);
    else if (wanted.has(p.code)) next.push({ ...p, validTo: wanted.get(p.code)!.validTo ?? null });
    else if (p.validFrom !== effective) next.push({ ...p, validTo: effective });
  }
  const added = [...wanted.keys()].filter((code) => !current.has(code)).sort();
  for (const code of added) {
    const m = wanted.get(code)!;
    next.push({ code, validFrom: m.validFrom ?? effective, validTo: m.validTo ?? null });
  }
  const removed = [...current].filter((code) => !wanted.has(code)).sort();
  return { periods: next, added, removed };
}
