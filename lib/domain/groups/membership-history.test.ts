import { describe, expect, it } from "vitest";
import { membershipHistory } from "./membership-history";

describe("membershipHistory", () => {
  const periods = [
    { code: "CN", validFrom: null, validTo: null },
    // Cambodia in US Country Group D:5: added 9 Dec 2021, removed 3 Feb 2026.
    { code: "KH", validFrom: "2021-12-09", validTo: "2026-02-03" },
    { code: "XK", validFrom: "2027-01-01", validTo: null },
    { code: "RU", validFrom: "2014-03-01", validTo: null },
  ];

  it("lists only dated periods, latest change first, each with its state on the date", () => {
    expect(membershipHistory(periods, "2026-12-01")).toEqual([
      { code: "XK", validFrom: "2027-01-01", validTo: null, state: "SCHEDULED" },
      { code: "KH", validFrom: "2021-12-09", validTo: "2026-02-03", state: "ENDED" },
      { code: "RU", validFrom: "2014-03-01", validTo: null, state: "IN_FORCE" },
    ]);
  });

  it("reads the same periods as of an earlier date", () => {
    const states = membershipHistory(periods, "2025-06-30").map((p) => [p.code, p.state]);
    expect(states).toContainEqual(["KH", "IN_FORCE"]);
    expect(membershipHistory(periods, "2026-02-03").find((p) => p.code === "KH")!.state).toBe(
      "ENDED",
    );
  });
});
