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
  it("under 'trusted partners = Five Eyes' it is critical", () => {
    const e = explainDeployment(
      evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF }),
      "dep-jp-hr",
    );
    expect(e.likelihood.factors.map((f) => [f.key, f.contribution])).toEqual([
      ["access", 4],
      ["upcoming", 0],
      ["vendorOrigin", 1],
    ]);
    expect(e.impact.factors.map((f) => [f.key, f.contribution])).toEqual([
      ["businessCriticality", 2],
      ["dataSensitivity", 1],
      ["users", 1],
      ["fallback", 0],
    ]);
    expect([e.likelihood.total, e.impact.total, e.inherent]).toEqual([5, 4, 20]);
    // OpenAI contract: change of law −15 % (−3), deprecation −10 % (−2), residency weak −5 % (−1),
    // suspension weak +15 % (+3), three missing mitigations +5 % each (+1 each).
    expect(e.residualAdjustments.total).toBe(0);
    expect(contribution(e.residualAdjustments.factors, "clause:SUSPENSION_FOR_LEGAL_REASONS")).toBe(
      3,
    );
    expect([e.residual, e.band]).toEqual([20, "CRITICAL"]);
    expect(e.decidingRule?.id).toBe("closed-us-frontier-outside-fvey");
    expect(e.accessFromCode).toBe("JP");
  });

  it("under 'trusted partners = G7' it is medium", () => {
    const e = explainDeployment(
      evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF }),
      "dep-jp-hr",
    );
    expect([e.access, e.likelihood.total, e.impact.total, e.inherent, e.residual, e.band]).toEqual([
      "ALLOWED",
      2,
      4,
      8,
      7,
      "MEDIUM",
    ]);
    expect(e.decidingRule).toBeNull();
  });
});

describe("likelihood and impact factors", () => {
  it("a vendor's single origin counts only when the deployment is exposed outside it", () => {
    const evaluation = evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF });
    expect(
      contribution(
        explainDeployment(evaluation, "dep-us-finance").likelihood.factors,
        "vendorOrigin",
      ),
    ).toBe(0);
    expect(
      contribution(explainDeployment(evaluation, "dep-jp-hr").likelihood.factors, "vendorOrigin"),
    ).toBe(1);
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
      ["vendorOrigin", 1],
      ["likelihoodClamp", -2],
    ]);
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
    expect(contribution(e.impact.factors, "fallback")).toBe(1);
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
      expect(
        e.residualAdjustments.factors.find((f) => f.key === "clause:CHANGE_OF_LAW")?.value,
      ).toBe(changeOfLaw);
    },
  );

  it("missing clauses raise residual risk within the bound, adequate ones lower it", () => {
    const none = residualOn("2026-07-01");
    expect(none.residual).toBeGreaterThan(none.inherent);
    expect(none.residual - none.inherent).toBeLessThanOrEqual(Math.round(none.inherent * 0.25));
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
    const factor = e.residualAdjustments.factors.find((f) => f.key === "clause:CHANGE_OF_LAW");
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
      expect(e.likelihood.total).toBe(bulk.likelihood);
      expect(e.impact.total).toBe(bulk.impact);
      expect(e.likelihood.total * e.impact.total).toBe(bulk.inherent);
      expect(bulk.inherent + e.residualAdjustments.total).toBe(bulk.residual);
      expect([e.band, e.access, e.accessFromCode, e.decidingRule?.id ?? null]).toEqual([
        bulk.band,
        bulk.access,
        bulk.accessFromCode,
        bulk.decidingRuleId,
      ]);
    }
  });
});
