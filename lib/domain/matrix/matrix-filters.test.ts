import { describe, expect, it } from "vitest";
import { filtersToParams, NO_FILTERS, parseMatrixFilters } from "./matrix-filters";

describe("matrix filters in the URL", () => {
  it("reads every filter and writes it back the same way", () => {
    const params = {
      scenario: "s1",
      group: "g7",
      region: "Europe",
      country: "fr",
      deployed: "1",
      vendor: ["openai", "anthropic"],
      weights: "CLOSED",
      capability: "FRONTIER",
      changed: "1",
    };
    const filters = parseMatrixFilters(params);
    expect(filters).toEqual({
      groupId: "g7",
      region: "Europe",
      country: "FR",
      deployedOnly: true,
      vendorIds: ["openai", "anthropic"],
      weights: "CLOSED",
      capability: "FRONTIER",
      changedOnly: true,
    });
    expect(filtersToParams(filters).toString()).toBe(
      "group=g7&region=Europe&country=FR&deployed=1&vendor=openai&vendor=anthropic&weights=CLOSED&capability=FRONTIER&changed=1",
    );
  });

  it("ignores empty and unknown values instead of failing, so stale links still open", () => {
    expect(
      parseMatrixFilters({ group: "", weights: "HEAVY", capability: "frontier", deployed: "yes" }),
    ).toEqual(NO_FILTERS);
    expect(parseMatrixFilters({ weights: "UNKNOWN" }).weights).toBe("UNKNOWN");
    expect(filtersToParams(NO_FILTERS).toString()).toBe("");
  });
});
