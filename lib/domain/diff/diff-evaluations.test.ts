import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../scenario/evaluate";
import {
  AS_OF,
  jurisdictions,
  makeInventory,
  models,
  rule,
  scenario,
  trustedPartners,
} from "../test-fixtures";
import { diffEvaluations } from "./diff-evaluations";

const inventory = makeInventory();
const g7 = evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF });
const fvey = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });

describe("diffEvaluations: G7 → Five Eyes as trusted partners", () => {
  const diff = diffEvaluations(g7, fvey);

  it("lists the cells whose outcome changes, with direction", () => {
    const gpt = Object.fromEntries(
      diff.cells
        .filter((c) => c.modelId === "gpt-4o")
        .map((c) => [c.code, `${c.before}→${c.after} ${c.direction}`]),
    );
    expect(gpt).toEqual({
      JP: "ALLOWED→RESTRICTED worse",
      FR: "ALLOWED→RESTRICTED worse",
      DE: "ALLOWED→RESTRICTED worse",
      IT: "ALLOWED→RESTRICTED worse",
      AU: "RESTRICTED→ALLOWED better",
      NZ: "RESTRICTED→ALLOWED better",
    });
    expect(diff.cells.every((c) => c.modelId !== "llama-3-1-405b")).toBe(true);
  });

  it("sorts cells by exposure first", () => {
    const exposure = diff.cells.map((c) => c.exposedDeployments);
    expect(exposure).toEqual([...exposure].sort((a, b) => b - a));
    expect(diff.cells[0].exposedDeployments).toBeGreaterThan(0);
  });

  it("lists deployments whose access, finding, band or score changes, largest band change first", () => {
    const jp = diff.deployments.find((d) => d.deploymentId === "dep-jp-hr");
    expect(jp).toMatchObject({
      before: { access: "ALLOWED", finding: null, band: "MEDIUM", residual: 9 },
      after: { access: "RESTRICTED", finding: "RESTRICTED", band: "HIGH", residual: 15 },
      residualDelta: 6,
      direction: "worse",
    });
    const rank = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
    const jumps = diff.deployments.map((d) =>
      Math.abs(rank.indexOf(d.after.band) - rank.indexOf(d.before.band)),
    );
    expect(jumps).toEqual([...jumps].sort((a, b) => b - a));
    expect(diff.deployments.some((d) => d.deploymentId === "dep-us-finance")).toBe(false);
  });

  it("compares evaluations of different inventory objects by id", () => {
    const copy = makeInventory({
      deployments: [...inventory.deployments].reverse(),
      models: [...inventory.models].reverse(),
    });
    const other = evaluateScenario(copy, trustedPartners("fvey"), { asOf: AS_OF });
    const mixed = diffEvaluations(g7, other);
    expect(mixed.deployments.map((d) => d.deploymentId).sort()).toEqual(
      diff.deployments.map((d) => d.deploymentId).sort(),
    );
    expect(mixed.cells.length).toBe(diff.cells.length);
  });
});

describe("diffEvaluations: a change of access with the same score", () => {
  it("lists RESTRICTED with PROHIBITED upcoming → PROHIBITED, though the score is the same", () => {
    const inJapan = (
      id: string,
      outcome: "RESTRICTED" | "PROHIBITED",
      effectiveDate: string | null,
    ) =>
      rule({
        id,
        outcome,
        jurisdictions: jurisdictions({ countries: ["JP"] }),
        models: models({ modelIds: ["gpt-4o"] }),
        effectiveDate,
      });
    const before = evaluateScenario(
      inventory,
      scenario([inJapan("now", "RESTRICTED", null), inJapan("later", "PROHIBITED", "2027-06-01")]),
      { asOf: AS_OF },
    );
    const after = evaluateScenario(inventory, scenario([inJapan("now", "PROHIBITED", null)]), {
      asOf: AS_OF,
    });
    const [a, b] = [before.deployment("dep-jp-hr"), after.deployment("dep-jp-hr")];
    expect([a.access, b.access]).toEqual(["RESTRICTED", "PROHIBITED"]);
    expect(b.residual).toBe(a.residual);
    const change = diffEvaluations(before, after).deployments.find(
      (d) => d.deploymentId === "dep-jp-hr",
    );
    expect(change).toMatchObject({
      before: { access: "RESTRICTED", finding: "RESTRICTED" },
      after: { access: "PROHIBITED", finding: "PROHIBITED", band: "CRITICAL" },
      residualDelta: 0,
    });
  });
});
