import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../scenario/evaluate";
import { AS_OF, makeInventory, trustedPartners } from "../test-fixtures";
import { buildReport } from "./build-report";

const inventory = makeInventory();
const evaluation = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });
const report = buildReport(evaluation);

describe("buildReport", () => {
  it("counts the same bands as the portfolio roll-up", () => {
    expect(report.bands).toEqual(evaluation.rollups.portfolio.bands);
    expect(report.deployments).toBe(evaluation.rollups.portfolio.deployments);
  });

  it("lists each jurisdiction touched with its models and their access under the scenario", () => {
    const jp = report.countries.find((c) => c.code === "JP");
    expect(jp).toBeDefined();
    for (const row of jp!.models) expect(row.access).toBe(evaluation.outcomeOf(row.modelId, "JP"));
    const worst = report.countries.map((c) => c.worstBand);
    expect(worst[0]).toBe(
      [...worst].sort(
        (a, b) =>
          ["LOW", "MEDIUM", "HIGH", "CRITICAL"].indexOf(b) -
          ["LOW", "MEDIUM", "HIGH", "CRITICAL"].indexOf(a),
      )[0],
    );
  });

  it("lists actions only for deployments restricted or worse, worst first", () => {
    expect(report.actions.length).toBeGreaterThan(0);
    for (const a of report.actions) expect(["RESTRICTED", "PROHIBITED"]).toContain(a.access);
    expect(report.actions.some((a) => a.ref && a.country)).toBe(true);
  });
});
