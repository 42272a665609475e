import { describe, expect, it } from "vitest";
import { bandOf } from "../bands";
import { evaluateScenario } from "../scenario/evaluate";
import {
  AS_OF,
  CONTRACTS,
  jurisdictions,
  makeInventory,
  models,
  rule,
  scenario,
  trustedPartners,
} from "../test-fixtures";
import type { Contract, Scenario } from "../types";
import { explainDeployment } from "./explain-deployment";
import { summariseControls } from "./summarise-controls";

const inventory = makeInventory();
const contribution = (factors: { key: string; contribution: number }[], key: string) =>
  factors.find((f) => f.key === key)?.contribution;

describe("bands", () => {
  it.each([
    [1, "LOW"],
    [4, "LOW"],
    [5, "MEDIUM"],
    [9, "MEDIUM"],
    [10, "HIGH"],
    [16, "HIGH"],
    [17, "CRITICAL"],
    [25, "CRITICAL"],
  ] as const)("%i is %s", (score, band) => expect(bandOf(score)).toBe(band));
  it.each([0, 26, 2.5, Number.NaN])("%s is not a score", (score) =>
    expect(() => bandOf(score)).toThrow(RangeError),
  );
});

describe("worked example: GPT-4o for HR in Japan", () => {
  it("under 'trusted partners = Five Eyes' it is high, with a finding", () => {
    const e = explainDeployment(
      evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF }),
      "dep-jp-hr",
    );
    expect(e.likelihood.factors.map((f) => [f.key, f.contribution])).toEqual([
      ["access", 4],
      ["upcoming", 0],
      ["originDependence", 1],
    ]);
    expect(e.impact.factors.map((f) => [f.key, f.contribution])).toEqual([
      ["businessCriticality", 2],
      ["dataSensitivity", 1],
      ["users", 1],
      ["modelDependence", 1],
    ]);
    expect([e.likelihood.total, e.impact.total, e.inherent]).toEqual([5, 5, 25]);
    // The factors read as words: the country's name, the outcome in lower case, the origin's name.
    const label = (key: string) => e.likelihood.factors.find((f) => f.key === key)?.label;
    expect(label("access")).toMatch(/^Access restricted in Japan \(JP\), by rule "/);
    expect(label("originDependence")).toMatch(/^Exposed outside United States, /);
    // Weak suspension clause: likelihood +1, capped at 5. Fallback, change of law and deprecation
    // notice: impact −3, bounded to −2. Controls that moved the axis come first, limits last.
    expect(e.residualLikelihood.factors.map((f) => [f.key, f.contribution, f.limit])).toEqual([
      ["inherent", 5, undefined],
      ["clause:SUSPENSION_FOR_LEGAL_REASONS", 1, undefined],
      ["clause:EXPORT_CONTROL", 0, undefined],
      ["clause:DATA_RESIDENCY", 0, undefined],
      ["residualClamp", -1, "scale"],
    ]);
    expect(e.residualLikelihood.factors.at(-1)?.label).toBe(
      "Residual likelihood capped at 5, the top of the 1–5 scale",
    );
    expect(e.residualImpact.factors.map((f) => [f.key, f.contribution, f.limit])).toEqual([
      ["inherent", 5, undefined],
      ["fallback", -1, undefined],
      ["clause:CHANGE_OF_LAW", -1, undefined],
      ["clause:DEPRECATION_NOTICE", -1, undefined],
      ["clause:TERMINATION_ASSISTANCE", 0, undefined],
      ["reductionBound", 1, "controls"],
    ]);
    expect(summariseControls(e)).toEqual({
      contractCovers: true,
      likelihood: {
        axis: "likelihood",
        inherent: 5,
        residual: 5,
        moved: [{ name: "Suspension for legal reasons (weak)", steps: 1 }],
        steps: 1,
        limitedTo: null,
        heldAt: "top",
      },
      impact: {
        axis: "impact",
        inherent: 5,
        residual: 3,
        moved: [
          { name: "fallback Mistral Large 2", steps: -1 },
          { name: "Change-of-law termination right (adequate)", steps: -1 },
          { name: "Deprecation notice (adequate)", steps: -1 },
        ],
        steps: -3,
        limitedTo: 2,
        heldAt: null,
      },
    });
    expect([e.residualLikelihood.total, e.residualImpact.total, e.residual]).toEqual([5, 3, 15]);
    expect([e.gridBand, e.band]).toEqual(["HIGH", "HIGH"]);
    expect(e.finding).toEqual({
      kind: "RESTRICTED",
      code: "JP",
      ruleId: "closed-us-frontier-outside-fvey",
      floor: "HIGH",
    });
    expect(e.methodology).toEqual({ id: "tierscope-default", version: 2 });
    expect(e.decidingRule?.id).toBe("closed-us-frontier-outside-fvey");
    expect(e.accessFromCode).toBe("JP");
  });

  it("under 'trusted partners = G7' it is medium, without a finding", () => {
    const e = explainDeployment(
      evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF }),
      "dep-jp-hr",
    );
    expect([e.access, e.likelihood.total, e.impact.total, e.inherent]).toEqual([
      "ALLOWED",
      2,
      5,
      10,
    ]);
    expect([e.residualLikelihood.total, e.residualImpact.total, e.residual, e.band]).toEqual([
      3,
      3,
      9,
      "MEDIUM",
    ]);
    expect(e.finding).toBeNull();
    expect(e.decidingRule).toBeNull();
  });
});

describe("likelihood and impact factors", () => {
  it("origin dependence counts only outside the origin, and only if the scenario rules on it", () => {
    const evaluation = evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF });
    const originPoints = (id: string, e = evaluation) =>
      contribution(explainDeployment(e, id).likelihood.factors, "originDependence");
    expect(originPoints("dep-us-finance")).toBe(0);
    expect(originPoints("dep-jp-hr")).toBe(1);
    expect(originPoints("dep-pl-claims")).toBe(1);
    // Mistral (FR) across the EU: borders are crossed, but no rule names French models.
    expect(originPoints("dep-eu-legal")).toBe(0);
    const noOriginRule = evaluateScenario(inventory, scenario([]), { asOf: AS_OF });
    expect(originPoints("dep-jp-hr", noOriginRule)).toBe(0);
  });

  it("an upcoming restriction raises likelihood and the clamp keeps it at 5", () => {
    const s: Scenario = scenario([
      rule({
        id: "now",
        outcome: "RESTRICTED",
        jurisdictions: jurisdictions({ countries: ["IN"] }),
      }),
      rule({
        id: "later",
        outcome: "PROHIBITED",
        jurisdictions: jurisdictions({ countries: ["SG"] }),
        effectiveDate: "2027-03-01",
      }),
    ]);
    const e = explainDeployment(evaluateScenario(inventory, s, { asOf: AS_OF }), "dep-in-ops");
    expect(e.upcomingOutcome).toBe("PROHIBITED");
    expect(e.upcomingRules.map((r) => [r.id, r.code])).toEqual([["later", "SG"]]);
    expect(e.likelihood.factors.map((f) => [f.key, f.contribution])).toEqual([
      ["access", 4],
      ["upcoming", 2],
      ["originDependence", 0],
      ["likelihoodClamp", -1],
    ]);
    expect(e.likelihood.factors.at(-1)).toMatchObject({
      label: "Likelihood capped at 5, the top of the 1–5 scale",
      limit: "scale",
    });
    expect(e.likelihood.total).toBe(5);
  });

  it("impact is capped at 5 with an explicit factor", () => {
    const e = explainDeployment(
      evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF }),
      "dep-global-support",
    );
    expect(e.impact.factors.at(-1)).toMatchObject({ key: "impactClamp", contribution: -1 });
    expect(e.impact.total).toBe(5);
  });

  it("a fallback counts only if it stays allowed everywhere the deployment reaches", () => {
    const blockMistral = scenario([
      rule({
        id: "no-mistral-in-jp",
        outcome: "RESTRICTED",
        jurisdictions: jurisdictions({ countries: ["JP"] }),
        models: models({ vendorIds: ["mistral"] }),
      }),
    ]);
    const e = explainDeployment(
      evaluateScenario(inventory, blockMistral, { asOf: AS_OF }),
      "dep-jp-hr",
    );
    expect(contribution(e.residualImpact.factors, "fallback")).toBe(0);
    expect(e.residualImpact.factors.find((f) => f.key === "fallback")?.label).toContain(
      "is not allowed",
    );
  });

  it("records an unknown compute figure assumed to match", () => {
    const s = scenario([
      rule({ id: "big", outcome: "RESTRICTED", models: models({ minTrainingComputeFlop: 1e26 }) }),
    ]);
    const e = explainDeployment(evaluateScenario(inventory, s, { asOf: AS_OF }), "dep-in-ops");
    expect(e.access).toBe("RESTRICTED");
    expect(e.assumedFacts).toEqual(["trainingComputeFlop"]);
  });
});

describe("contracts", () => {
  const residualOn = (asOf: string, contracts: Contract[] = CONTRACTS) =>
    explainDeployment(
      evaluateScenario(makeInventory({ contracts }), trustedPartners("g7"), { asOf }),
      "dep-pl-claims",
    );

  it.each([
    { asOf: "2026-06-30", applied: ["ctr-anthropic-2024"], changeOfLaw: "ADEQUATE" },
    { asOf: "2026-07-01", applied: [], changeOfLaw: "MISSING" },
    { asOf: "2027-01-01", applied: ["ctr-anthropic-2027"], changeOfLaw: "ADEQUATE" },
  ])(
    "as of $asOf the Anthropic contracts in force are $applied",
    ({ asOf, applied, changeOfLaw }) => {
      const e = residualOn(asOf);
      expect(e.contractsApplied.map((c) => c.contractId)).toEqual(applied);
      expect(e.residualImpact.factors.find((f) => f.key === "clause:CHANGE_OF_LAW")?.value).toBe(
        changeOfLaw,
      );
    },
  );

  it("missing clauses leave the residual at the inherent cell, adequate ones lower it", () => {
    const none = residualOn("2026-07-01");
    expect(none.residual).toBe(none.inherent);
    // Between contracts: the summary says no contract covers it, not "0 from contract terms".
    const summary = summariseControls(none);
    expect(summary.contractCovers).toBe(false);
    expect(summary.impact.moved.map((m) => m.name)).not.toContain(
      "Change-of-law termination right (missing)",
    );
    const covered = residualOn("2026-06-30");
    expect(covered.residual).toBeLessThan(none.residual);
  });

  it("takes the best assessment across the vendor's in-force contracts", () => {
    const weak: Contract = {
      id: "ctr-anthropic-weak",
      vendorId: "anthropic",
      effectiveDate: "2026-01-01",
      expiryDate: null,
      clauses: [{ id: "w", type: "CHANGE_OF_LAW", assessment: "WEAK" }],
    };
    const e = residualOn("2026-06-30", [...CONTRACTS, weak]);
    const factor = e.residualImpact.factors.find((f) => f.key === "clause:CHANGE_OF_LAW");
    expect(factor?.value).toBe("ADEQUATE");
    expect(factor?.label).toContain("ctr-anthropic-2024");
  });
});

describe("explanations agree with the bulk scores", () => {
  const scenarios = [
    trustedPartners("g7"),
    trustedPartners("fvey"),
    trustedPartners("nato"),
    scenario([], "LICENCE_REQUIRED"),
  ];
  it.each(scenarios.map((s, i) => [i, s] as const))("scenario %i", (_, s) => {
    const evaluation = evaluateScenario(inventory, s, { asOf: AS_OF });
    for (const deployment of inventory.deployments) {
      const bulk = evaluation.deployment(deployment.id);
      const e = explainDeployment(evaluation, deployment.id);
      expect(e.likelihood.total).toBe(bulk.inherentLikelihood);
      expect(e.impact.total).toBe(bulk.inherentImpact);
      expect(e.likelihood.total * e.impact.total).toBe(bulk.inherent);
      expect([e.residualLikelihood.total, e.residualImpact.total]).toEqual([
        bulk.residualLikelihood,
        bulk.residualImpact,
      ]);
      expect(e.residualLikelihood.total * e.residualImpact.total).toBe(bulk.residual);
      expect(e.finding).toEqual(bulk.finding);
      expect([e.band, e.access, e.accessFromCode, e.decidingRule?.id ?? null]).toEqual([
        bulk.band,
        bulk.access,
        bulk.accessFromCode,
        bulk.decidingRuleId,
      ]);
    }
  });
});
