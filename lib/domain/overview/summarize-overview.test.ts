import { BAND_IDS } from "../bands";
import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../scenario/evaluate";
import { AS_OF, makeInventory, trustedPartners } from "../test-fixtures";
import { deploymentsTouching } from "./exposure-of";
import { cellAt, cellIndex, parseCell, residualCellOf } from "./risk-cells";
import { summarizeOverview, topExposures } from "./summarize-overview";

const inventory = makeInventory();
const evaluation = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });
const counted = inventory.deployments
  .filter((d) => d.status !== "RETIRED")
  .map((d) => evaluation.deployment(d.id));
const summary = summarizeOverview(evaluation);

describe("overview summary", () => {
  it("counts the deployments the roll-ups count, by band", () => {
    expect(summary.deployments).toBe(counted.length);
    expect(summary.bands).toEqual(evaluation.rollups.portfolio.bands);
    expect(summary.notAllowed).toBe(counted.filter((d) => d.access !== "ALLOWED").length);
  });

  it("puts every counted deployment in one inherent and one residual cell", () => {
    const sum = (grid: number[]) => grid.reduce((a, b) => a + b, 0);
    expect(sum(summary.inherentGrid)).toBe(counted.length);
    expect(sum(summary.residualGrid)).toBe(counted.length);
    for (const d of counted) {
      expect(
        summary.inherentGrid[
          cellIndex({ likelihood: d.inherentLikelihood, impact: d.inherentImpact })
        ],
      ).toBeGreaterThan(0);
      expect(
        summary.residualGrid[
          cellIndex({ likelihood: d.residualLikelihood, impact: d.residualImpact })
        ],
      ).toBeGreaterThan(0);
    }
  });

  it("counts a country for every deployment serving or reaching it, as the matrix does", () => {
    for (const c of summary.countries) {
      const touching = deploymentsTouching(evaluation, c.code);
      expect(c.deployments).toBe(touching.length);
      const perModel = evaluation.modelIds.reduce(
        (sum, model) => sum + evaluation.exposedDeploymentsOf(model, c.code),
        0,
      );
      expect(c.deployments).toBe(perModel);
    }
    expect(summary.countries.find((c) => c.code === "DE")?.deployments).toBe(3);
    expect(summary.countries.some((c) => c.code === "GB")).toBe(true); // the global deployment
  });

  it("gives the highest residual per business unit and region", () => {
    const hr = summary.unitRegion.filter((c) => c.unit === "HR");
    expect(hr).toHaveLength(1); // the retired GB deployment does not count
    expect(hr[0].maxResidual).toBe(evaluation.deployment("dep-jp-hr").residual);
  });

  it("ranks the top exposures by residual risk and names the deciding rule", () => {
    const top = topExposures(evaluation, 3);
    expect(top.map((t) => t.residual)).toEqual(
      counted
        .map((d) => d.residual)
        .sort((a, b) => b - a)
        .slice(0, 3),
    );
    for (const t of top) {
      const d = evaluation.deployment(t.deploymentId);
      const rule = evaluation.scenario.rules.find((r) => r.id === d.decidingRuleId);
      expect(t.ruleName).toBe(rule?.name ?? null);
    }
  });
});

describe("risk cells", () => {
  it("round-trips cell indexes and URL forms", () => {
    for (let i = 0; i < 25; i++) expect(cellIndex(cellAt(i))).toBe(i);
    expect(parseCell("3x4")).toEqual({ likelihood: 3, impact: 4 });
    expect(parseCell("6x1")).toBeNull();
  });

  it("colours a country by its worst band, compliance floors included", () => {
    for (const c of summary.countries) {
      const worst = deploymentsTouching(evaluation, c.code).reduce(
        (max, d) =>
          Math.max(
            max,
            BAND_IDS.indexOf(evaluation.deployment(evaluation.inventory.deployments[d].id).band),
          ),
        0,
      );
      expect(c.maxBand).toBe(BAND_IDS[worst]);
    }
  });

  it("puts the residual in the engine's own residual cell, never above the inherent one", () => {
    for (const d of counted) {
      const cell = residualCellOf(d);
      expect(cell).toEqual({ likelihood: d.residualLikelihood, impact: d.residualImpact });
      expect(cell.likelihood * cell.impact).toBe(d.residual);
    }
  });
});
