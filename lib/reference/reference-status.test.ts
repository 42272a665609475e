import { describe, expect, it } from "vitest";
import { groupByStatus, withStatus } from "./reference-status";

describe("reference status in pickers", () => {
  it("groups scenarios by what they are, law in force first, keeping their order", () => {
    const groups = groupByStatus([
      { name: "G7 trusted partners", legalStatus: "WHAT_IF" as const },
      { name: "Status quo", legalStatus: "IN_FORCE" as const },
      { name: "AI diffusion rule 2025", legalStatus: "RESCINDED" as const },
      { name: "Sanctions", legalStatus: "IN_FORCE" as const },
    ]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.name)])).toEqual([
      ["Law in force", ["Status quo", "Sanctions"]],
      ["Rescinded — what-if", ["AI diffusion rule 2025"]],
      ["What-if", ["G7 trusted partners"]],
    ]);
  });

  it("names the status after the group where no badge fits", () => {
    expect(withStatus("AI diffusion Tier 1", "RESCINDED")).toBe(
      "AI diffusion Tier 1 · Rescinded — what-if",
    );
  });
});
