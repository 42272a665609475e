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
    expect(portfolio.findings).toBe(live.filter((d) => d.finding !== null).length);
    const above = live.filter((d) => d.band === "HIGH" || d.band === "CRITICAL").length;
    expect(portfolio.aboveAppetite).toBe(above);
    expect(portfolio.shareAboveAppetite).toBeCloseTo(above / live.length);
    expect(portfolio.worstBand).toBe(
      (["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const).find((b) => live.some((d) => d.band === b)),
    );
    expect(portfolio.maxResidual).toBe(Math.max(...live.map((d) => d.residual)));
    expect(Object.values(portfolio.bands).reduce((a, b) => a + b, 0)).toBe(live.length);
  });

  it.each(["byVendor", "byModel", "byJurisdiction", "byRegion", "byBusinessUnit"] as const)(
    "%s partitions the portfolio",
    (dimension) => {
      const rows = evaluation.rollups[dimension];
      expect(rows.reduce((sum, row) => sum + row.deployments, 0)).toBe(live.length);
      expect(rows.reduce((sum, row) => sum + row.findings, 0)).toBe(
        evaluation.rollups.portfolio.findings,
      );
      expect(rows.reduce((sum, row) => sum + row.aboveAppetite, 0)).toBe(
        evaluation.rollups.portfolio.aboveAppetite,
      );
    },
  );

  it("counts OpenAI's live deployments and leaves the retired one out", () => {
    const openai = evaluation.rollups.byVendor.find((row) => row.key === "openai");
    const expected = live.filter((d) => d.modelId.startsWith("gpt"));
    expect(openai?.deployments).toBe(expected.length);
    expect(openai?.maxResidual).toBe(Math.max(...expected.map((d) => d.residual)));
  });

  it("ranks rows by severity, never by a sum of scores", () => {
    const rank = (row: { bands: Record<string, number> }) =>
      ["CRITICAL", "HIGH", "MEDIUM", "LOW"].map((b) => row.bands[b]);
    for (const rows of Object.values(evaluation.rollups)) {
      if (!Array.isArray(rows)) continue;
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rank(rows[i - 1]), rank(rows[i])];
        const first = a.findIndex((n, k) => n !== b[k]);
        // Lexicographic on the counts from the worst band down.
        if (first >= 0) expect(a[first]).toBeGreaterThan(b[first]);
      }
    }
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
