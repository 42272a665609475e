import { describe, expect, it } from "vitest";
import { inventoryAsOf, isMemberOn, membersAsOf } from "./members-as-of";
import type { Inventory } from "../types";

const group = {
  id: "d5",
  name: "D:5",
  members: [],
  periods: [
    { code: "CN", validFrom: null, validTo: null },
    { code: "KH", validFrom: "2021-12-09", validTo: "2026-02-03" },
    { code: "XX", validFrom: "2027-01-01", validTo: null },
  ],
};

describe("memberships as of a date", () => {
  it("counts the first day and not the day a membership ends", () => {
    const kh = group.periods[1];
    expect(isMemberOn(kh, "2021-12-08")).toBe(false);
    expect(isMemberOn(kh, "2021-12-09")).toBe(true);
    expect(isMemberOn(kh, "2026-02-02")).toBe(true);
    expect(isMemberOn(kh, "2026-02-03")).toBe(false);
  });

  it("lists the members in force, past and future", () => {
    expect(membersAsOf(group, "2020-01-01")).toEqual(["CN"]);
    expect(membersAsOf(group, "2025-01-01")).toEqual(["CN", "KH"]);
    expect(membersAsOf(group, "2027-01-01")).toEqual(["CN", "XX"]);
  });

  it("keeps a group without periods and an inventory without them unchanged", () => {
    const plain = { id: "g", name: "G", members: ["FR"] };
    expect(membersAsOf(plain, "2020-01-01")).toEqual(["FR"]);
    const inventory = { groups: [plain] } as unknown as Inventory;
    expect(inventoryAsOf(inventory, "2020-01-01")).toBe(inventory);
  });
});
