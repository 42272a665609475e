import { describe, expect, it } from "vitest";
import { applyMemberList } from "./apply-member-list";
import { membersAsOf } from "./members-as-of";
import type { MembershipPeriod } from "../types";

const periods: MembershipPeriod[] = [
  { code: "CN", validFrom: null, validTo: null },
  { code: "RU", validFrom: null, validTo: null },
  { code: "KH", validFrom: "2021-12-09", validTo: "2026-02-03" },
];
const group = (p: MembershipPeriod[]) => ({ id: "g", name: "G", members: [], periods: p });

describe("a new member list taking effect on a date", () => {
  it("adds from that date, closes removed members that day and keeps history", () => {
    const change = applyMemberList(periods, [{ code: "CN" }, { code: "MM" }], "2027-01-15");
    expect(change.added).toEqual(["MM"]);
    expect(change.removed).toEqual(["RU"]);
    const after = group(change.periods);
    expect(membersAsOf(after, "2027-01-14")).toEqual(["CN", "RU"]);
    expect(membersAsOf(after, "2027-01-15")).toEqual(["CN", "MM"]);
    expect(membersAsOf(after, "2025-01-01")).toEqual(["CN", "KH", "RU"]);
  });

  it("replaces what was scheduled after that date and honours a listed end date", () => {
    const scheduled = [...periods, { code: "MM", validFrom: "2027-06-01", validTo: null }];
    const change = applyMemberList(
      scheduled,
      [{ code: "CN", validTo: "2028-01-01" }, { code: "RU" }],
      "2027-01-15",
    );
    const after = group(change.periods);
    expect(membersAsOf(after, "2027-07-01")).toEqual(["CN", "RU"]);
    expect(membersAsOf(after, "2028-01-01")).toEqual(["RU"]);
  });

  it("drops a membership that would start and end on the same day", () => {
    const added = applyMemberList(
      periods,
      [{ code: "CN" }, { code: "RU" }, { code: "MM" }],
      "2027-01-15",
    );
    const undone = applyMemberList(added.periods, [{ code: "CN" }, { code: "RU" }], "2027-01-15");
    expect(undone.periods.filter((p) => p.code === "MM")).toEqual([]);
  });
});
