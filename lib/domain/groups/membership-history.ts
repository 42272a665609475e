/**
 * A group's dated membership changes, for people to read: every period with a start or an end
 * (members since before records and still in force are the group's plain members, not history),
 * each marked as ended, in force or scheduled on the date the page is read.
 */
import type { MembershipPeriod } from "../types";
import { isMemberOn } from "./members-as-of";

export type PeriodState = "ENDED" | "IN_FORCE" | "SCHEDULED";

export interface DatedPeriod extends MembershipPeriod {
  state: PeriodState;
}

/** The later of a period's dates: scheduled changes first, then the most recent. */
const lastChange = (p: MembershipPeriod) =>
  [p.validFrom ?? "", p.validTo ?? ""].sort().at(-1) as string;

export function membershipHistory(
  periods: readonly MembershipPeriod[],
  asOf: string,
): DatedPeriod[] {
  return periods
    .filter((p) => p.validFrom !== null || p.validTo !== null)
    .map((p) => ({
      ...p,
      state: isMemberOn(p, asOf)
        ? ("IN_FORCE" as const)
        : p.validFrom !== null && asOf < p.validFrom
          ? ("SCHEDULED" as const)
          : ("ENDED" as const),
    }))
    .sort((a, b) => lastChange(b).localeCompare(lastChange(a)) || a.code.localeCompare(b.code));
}
