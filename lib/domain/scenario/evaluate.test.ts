import { describe, expect, it } from "vitest";
import { explainCell } from "./explain-cell";
import { evaluateScenario } from "./evaluate";
import {
  AS_OF,
  MODELS,
  jurisdictions,
  makeInventory,
  models,
  rule,
  scenario,
  trustedPartners,
} from "../test-fixtures";
import type { AiModel, Outcome } from "../types";

const inventory = makeInventory();

describe("trusted-partner definitions (closed US frontier model restricted outside the group)", () => {
  const cases: { group: string; code: string; expected: Outcome }[] = [
    { group: "g7", code: "JP", expected: "ALLOWED" },
    { group: "fvey", code: "JP", expected: "RESTRICTED" },
    { group: "nato", code: "JP", expected: "RESTRICTED" },
    { group: "g7", code: "PL", expected: "RESTRICTED" },
    { group: "nato", code: "PL", expected: "ALLOWED" },
    { group: "fvey", code: "AU", expected: "ALLOWED" },
    { group: "g7", code: "AU", expected: "RESTRICTED" },
    { group: "nato", code: "TR", expected: "ALLOWED" },
    { group: "g7", code: "US", expected: "ALLOWED" },
    { group: "fvey", code: "CN", expected: "RESTRICTED" },
  ];
  it.each(cases)("$group: GPT-4o in $code is $expected", ({ group, code, expected }) => {
    const evaluation = evaluateScenario(inventory, trustedPartners(group), { asOf: AS_OF });
    expect(evaluation.outcomeOf("gpt-4o", code)).toBe(expected);
  });

  it("names the deciding rule, or none where the default applies", () => {
    const evaluation = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });
    expect(evaluation.decidingRuleIdOf("gpt-4o", "JP")).toBe("closed-us-frontier-outside-fvey");
    expect(evaluation.decidingRuleIdOf("gpt-4o", "GB")).toBeNull();
  });

  it.each([
    { modelId: "llama-3-1-405b", why: "open weights are exempt" },
    { modelId: "mistral-large-2", why: "French origin is not covered" },
    { modelId: "gpt-4o-mini", why: "GENERAL capability is not covered" },
  ])("$modelId stays allowed in JP under Five Eyes: $why", ({ modelId }) => {
    const evaluation = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });
    expect(evaluation.outcomeOf(modelId, "JP")).toBe("ALLOWED");
  });
});

describe("compute threshold (model compute >= threshold)", () => {
  const thresholdScenario = scenario([
    rule({
      id: "above-1e26",
      outcome: "LICENCE_REQUIRED",
      models: models({ minTrainingComputeFlop: 1e26 }),
    }),
  ]);
  it.each([
    { compute: 1e26, expected: "LICENCE_REQUIRED" },
    { compute: 9.99e25, expected: "ALLOWED" },
    { compute: 3e26, expected: "LICENCE_REQUIRED" },
    { compute: null, expected: "LICENCE_REQUIRED" },
  ])("compute $compute → $expected", ({ compute, expected }) => {
    const probe: AiModel = { ...MODELS[0], id: "probe", trainingComputeFlop: compute };
    const evaluation = evaluateScenario(
      makeInventory({ models: [...MODELS, probe] }),
      thresholdScenario,
      { asOf: AS_OF },
    );
    expect(evaluation.outcomeOf("probe", "DE")).toBe(expected);
  });
});

describe("unknown facts are the worst case", () => {
  const openExempt = scenario([
    rule({
      id: "closed-cn",
      outcome: "PROHIBITED",
      models: models({ originCodes: ["CN"], weights: "CLOSED" }),
    }),
  ]);
  it.each([
    {
      fact: "originCode",
      patch: { originCode: null },
      expected: "PROHIBITED",
      assumed: ["originCode"],
    },
    {
      fact: "weights",
      patch: { originCode: "CN", weights: null },
      expected: "PROHIBITED",
      assumed: ["weights"],
    },
    {
      fact: "both",
      patch: { originCode: null, weights: null },
      expected: "PROHIBITED",
      assumed: ["originCode", "weights"],
    },
    {
      fact: "none (known US)",
      patch: { originCode: "US", weights: null },
      expected: "ALLOWED",
      assumed: [],
    },
  ] as const)("unknown $fact", ({ patch, expected, assumed }) => {
    const probe: AiModel = { ...MODELS[0], id: "probe", weights: "CLOSED", ...patch };
    const evaluation = evaluateScenario(makeInventory({ models: [...MODELS, probe] }), openExempt, {
      asOf: AS_OF,
    });
    const cell = explainCell(evaluation, "probe", "FR");
    expect(cell.outcome).toBe(expected);
    expect(cell.assumedFacts).toEqual(assumed);
  });
});

describe("rule precedence", () => {
  it("the most restrictive matching rule wins whatever the order", () => {
    const a = rule({
      id: "b-licence",
      outcome: "LICENCE_REQUIRED",
      jurisdictions: jurisdictions({ groupIds: ["eu27"] }),
    });
    const b = rule({
      id: "a-prohibit-pl",
      outcome: "PROHIBITED",
      jurisdictions: jurisdictions({ countries: ["PL"] }),
    });
    for (const rules of [
      [a, b],
      [b, a],
    ]) {
      const evaluation = evaluateScenario(inventory, scenario(rules), { asOf: AS_OF });
      expect(evaluation.outcomeOf("qwen3", "PL")).toBe("PROHIBITED");
      expect(evaluation.outcomeOf("qwen3", "DE")).toBe("LICENCE_REQUIRED");
      expect(explainCell(evaluation, "qwen3", "PL").matchingRules.map((r) => r.id)).toEqual([
        "a-prohibit-pl",
        "b-licence",
      ]);
    }
  });

  it("ties go to the smallest rule id", () => {
    const x = rule({ id: "rule-2", outcome: "RESTRICTED" });
    const y = rule({ id: "rule-1", outcome: "RESTRICTED" });
    for (const rules of [
      [x, y],
      [y, x],
    ]) {
      expect(
        evaluateScenario(inventory, scenario(rules), { asOf: AS_OF }).decidingRuleIdOf(
          "qwen3",
          "IN",
        ),
      ).toBe("rule-1");
    }
  });

  it("the default is a floor: no rule means the default, and a laxer rule cannot lower it", () => {
    const evaluation = evaluateScenario(
      inventory,
      scenario(
        [
          rule({
            id: "allow-g7",
            outcome: "ALLOWED",
            jurisdictions: jurisdictions({ groupIds: ["g7"] }),
          }),
        ],
        "LICENCE_REQUIRED",
      ),
      { asOf: AS_OF },
    );
    expect(evaluation.outcomeOf("gpt-4o", "JP")).toBe("LICENCE_REQUIRED");
    expect(evaluation.decidingRuleIdOf("gpt-4o", "JP")).toBeNull();
    expect(explainCell(evaluation, "gpt-4o", "JP").matchingRules[0].belowDefault).toBe(true);
  });

  it("'all others' covers every jurisdiction except the exclusions, independent of other rules", () => {
    const evaluation = evaluateScenario(
      inventory,
      scenario([
        rule({
          id: "g7-licence",
          outcome: "LICENCE_REQUIRED",
          jurisdictions: jurisdictions({ groupIds: ["g7"] }),
        }),
        rule({
          id: "others",
          outcome: "RESTRICTED",
          jurisdictions: jurisdictions({ allOthers: true, excludeCountries: ["BR"] }),
        }),
      ]),
      { asOf: AS_OF },
    );
    // JP is in G7, yet "all others" still covers it: it does not mean "not covered by another rule".
    expect(evaluation.outcomeOf("qwen3", "JP")).toBe("RESTRICTED");
    expect(evaluation.outcomeOf("qwen3", "BR")).toBe("ALLOWED");
  });

  it("an empty model selector covers nothing", () => {
    const evaluation = evaluateScenario(
      inventory,
      scenario([rule({ id: "empty", outcome: "PROHIBITED", models: models() })]),
      { asOf: AS_OF },
    );
    expect(evaluation.outcomeOf("gpt-4o", "CN")).toBe("ALLOWED");
  });
});

describe("upcoming rules", () => {
  const upcoming = rule({
    id: "tier3",
    outcome: "PROHIBITED",
    jurisdictions: jurisdictions({ groupIds: ["d5"] }),
    effectiveDate: "2027-01-15",
  });
  it.each([
    { asOf: AS_OF, now: "ALLOWED", later: "PROHIBITED" },
    { asOf: "2027-01-15", now: "PROHIBITED", later: null },
  ])("as of $asOf: $now now, $later later", ({ asOf, now, later }) => {
    const evaluation = evaluateScenario(inventory, scenario([upcoming]), { asOf });
    expect(evaluation.outcomeOf("gpt-4o", "CN")).toBe(now);
    expect(evaluation.upcomingOutcomeOf("gpt-4o", "CN")).toBe(later);
  });

  it("explainCell reports upcoming rules separately with their outcome", () => {
    const cell = explainCell(
      evaluateScenario(inventory, scenario([upcoming]), { asOf: AS_OF }),
      "gpt-4o",
      "RU",
    );
    expect(cell.matchingRules).toEqual([]);
    expect(cell.upcomingRules.map((r) => [r.id, r.outcome])).toEqual([["tier3", "PROHIBITED"]]);
  });
});

describe("deployment access over its reach", () => {
  it("a global deployment takes the worst jurisdiction and names it", () => {
    const evaluation = evaluateScenario(
      inventory,
      scenario([
        rule({
          id: "d5",
          outcome: "PROHIBITED",
          jurisdictions: jurisdictions({ groupIds: ["d5"] }),
        }),
        rule({
          id: "fvey-only",
          outcome: "RESTRICTED",
          jurisdictions: jurisdictions({ allOthers: true, excludeGroupIds: ["fvey"] }),
        }),
      ]),
      { asOf: AS_OF },
    );
    const global = evaluation.deployment("dep-global-support");
    expect(global.access).toBe("PROHIBITED");
    expect(global.accessFromCode).toBe("CN");
    expect(global.decidingRuleId).toBe("d5");
    const jp = evaluation.deployment("dep-jp-hr");
    expect([jp.access, jp.accessFromCode]).toEqual(["RESTRICTED", "JP"]);
  });

  it("a zone deployment is exposed in its reach even when its served country is fine", () => {
    const evaluation = evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF });
    const claims = evaluation.deployment("dep-pl-claims");
    expect([claims.access, claims.accessFromCode]).toEqual(["RESTRICTED", "PL"]);
    expect(evaluation.exposedDeploymentsOf("claude-3-5-sonnet", "DE")).toBe(1);
  });

  it("retired deployments are scored but not counted as exposed", () => {
    const evaluation = evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF });
    expect(evaluation.deployment("dep-gb-retired").inRollups).toBe(false);
    expect(evaluation.deployment("dep-gb-retired").residual).toBeGreaterThan(0);
    expect(evaluation.exposedDeploymentsOf("gpt-4o-mini", "GB")).toBe(0);
  });

  it("a deployment in a jurisdiction missing from the inventory is still covered by 'all others'", () => {
    const extra = {
      ...inventory.deployments[0],
      id: "dep-xk",
      ref: "DEP-XK",
      jurisdictionCode: "XK",
      reach: [],
    };
    const evaluation = evaluateScenario(
      makeInventory({ deployments: [...inventory.deployments, extra] }),
      trustedPartners("g7"),
      { asOf: AS_OF },
    );
    expect(evaluation.deployment("dep-xk").access).toBe("RESTRICTED");
  });

  it("rejects a malformed asOf", () => {
    expect(() =>
      evaluateScenario(inventory, trustedPartners("g7"), { asOf: "29/11/2026" }),
    ).toThrow(/YYYY-MM-DD/);
  });
});
