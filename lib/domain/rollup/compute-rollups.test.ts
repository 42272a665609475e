import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../scenario/evaluate";
import { AS_OF, makeInventory, trustedPartners } from "../test-fixtures";

const inventory = makeInventory();
const evaluation = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });
const live = inventory.deployments
  .filter((d) => d.status !== "RETIRED")
  .map((d) => evaluation.deployment(d.id));

describe("roll-ups", () => {
  it("the portfolio totals every non-retired deployment", () => {
    const { portfolio } = evaluation.rollups;
    expect(portfolio.deployments).toBe(live.length);
    expect(portfolio.sumResidual).toBe(live.reduce((sum, d) => sum + d.residual, 0));
    expect(portfolio.maxResidual).toBe(Math.max(...live.map((d) => d.residual)));
    expect(Object.values(portfolio.bands).reduce((a, b) => a + b, 0)).toBe(live.length);
  });

  it.each(["byVendor", "byModel", "byJurisdiction", "byRegion", "byBusinessUnit"] as const)(
    "%s partitions the portfolio",
    (dimension) => {
      const rows = evaluation.rollups[dimension];
      expect(rows.reduce((sum, row) => sum + row.deployments, 0)).toBe(live.length);
      expect(rows.reduce((sum, row) => sum + row.sumResidual, 0)).toBe(
        evaluation.rollups.portfolio.sumResidual,
      );
    },
  );

  it("counts OpenAI's live deployments and leaves the retired one out", () => {
    const openai = evaluation.rollups.byVendor.find((row) => row.key === "openai");
    const expected = live.filter((d) => d.modelId.startsWith("gpt"));
    expect(openai?.deployments).toBe(expected.length);
    expect(openai?.maxResidual).toBe(Math.max(...expected.map((d) => d.residual)));
  });

  it("counts a deployment in every group its served country belongs to", () => {
    const byGroup = Object.fromEntries(
      evaluation.rollups.byGroup.map((row) => [row.key, row.deployments]),
    );
    // Served: JP, PL, US, FR, CN, IN, BR, US (GB is retired).
    expect(byGroup).toMatchObject({ g7: 4, nato: 4, eu27: 2, d5: 1, tier1: 4 });
    expect(byGroup.fvey).toBe(2);
  });
});
