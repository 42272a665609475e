import { describe, expect, it } from "vitest";
import { scenarioSchemaFor, validateScenario, type KnownReferences } from "./scenario";

const known: KnownReferences = {
  countryCodes: new Set(["US", "GB", "CA", "FR", "DE", "IT", "JP", "CN", "RU", "MO", "PL"]),
  groupIds: ["g7", "d5"],
  vendorIds: ["openai", "deepseek"],
  modelIds: ["gpt-4o"],
  groupMembers: { g7: ["CA", "FR", "DE", "IT", "JP", "GB", "US"], d5: ["CN", "RU"] },
};

const validRule = {
  name: "Tier 3 embargo",
  jurisdictions: {
    groupIds: ["d5"],
    countries: ["MO"],
    allOthers: false,
    excludeGroupIds: [],
    excludeCountries: [],
  },
  models: {
    all: true,
    originCodes: [],
    vendorIds: [],
    weights: null,
    minTrainingComputeFlop: null,
    capabilityClasses: [],
    modelIds: [],
  },
  outcome: "PROHIBITED",
  rationale: "Diffusion rule Tier 3",
  source: "BIS IFR, January 2025",
  effectiveDate: "2025-05-15",
};

const withRule = (patch: Record<string, unknown>, index = 2) => {
  const rules: Record<string, unknown>[] = [
    { ...validRule, name: "First" },
    { ...validRule, name: "Second" },
    { ...validRule, name: "Tier 3 embargo" },
  ];
  rules[index] = { ...rules[index], ...patch };
  return { name: "Diffusion what-if", description: "", defaultOutcome: "ALLOWED", rules };
};

const messagesOf = (input: unknown) => {
  const result = validateScenario(input, known);
  return result.success ? [] : result.issues.map((issue) => issue.message);
};

describe("validateScenario", () => {
  it("accepts a valid scenario and fills defaults", () => {
    const result = validateScenario(
      {
        name: "s",
        defaultOutcome: "ALLOWED",
        rules: [
          {
            name: "r",
            jurisdictions: { groupIds: ["g7"] },
            models: { all: true },
            outcome: "RESTRICTED",
          },
        ],
      },
      known,
    );
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.rules[0].jurisdictions.excludeCountries).toEqual([]);
  });

  it.each([
    [
      { jurisdictions: { ...validRule.jurisdictions, countries: ["XX"] } },
      'rules[2] "Tier 3 embargo" › jurisdictions.countries: unknown country code "XX"',
    ],
    [
      { jurisdictions: { ...validRule.jurisdictions, groupIds: ["tier9"] } },
      'rules[2] "Tier 3 embargo" › jurisdictions.groupIds: unknown country group "tier9"',
    ],
    [
      { jurisdictions: { ...validRule.jurisdictions, groupIds: [], countries: [] } },
      'rules[2] "Tier 3 embargo" › jurisdictions: selects no jurisdiction: choose groups or countries, or all other jurisdictions',
    ],
    [
      {
        jurisdictions: {
          ...validRule.jurisdictions,
          groupIds: ["d5"],
          countries: [],
          excludeCountries: ["CN", "RU"],
        },
      },
      'rules[2] "Tier 3 embargo" › jurisdictions: selects no jurisdiction once the exclusions are applied',
    ],
    [
      { models: { ...validRule.models, all: false } },
      'rules[2] "Tier 3 embargo" › models: selects no model: choose all models or at least one criterion',
    ],
    [
      { models: { ...validRule.models, weights: "CLOSED", vendorIds: ["openai"] } },
      'rules[2] "Tier 3 embargo" › models.all: "all models" cannot be combined with other criteria (vendorIds, weights)',
    ],
    [
      { models: { ...validRule.models, all: false, vendorIds: ["acme"] } },
      'rules[2] "Tier 3 embargo" › models.vendorIds: unknown vendor "acme"',
    ],
    [
      { models: { ...validRule.models, all: false, minTrainingComputeFlop: -1 } },
      'rules[2] "Tier 3 embargo" › models.minTrainingComputeFlop: A compute threshold cannot be negative.',
    ],
    [
      { models: { ...validRule.models, all: false, minTrainingComputeFlop: Number.NaN } },
      'rules[2] "Tier 3 embargo" › models.minTrainingComputeFlop: Enter the threshold as a finite number of FLOP, e.g. 1e26.',
    ],
    [
      {
        models: {
          ...validRule.models,
          all: false,
          minTrainingComputeFlop: Number.POSITIVE_INFINITY,
        },
      },
      'rules[2] "Tier 3 embargo" › models.minTrainingComputeFlop: Enter the threshold as a finite number of FLOP, e.g. 1e26.',
    ],
    [
      { models: { ...validRule.models, all: false, minTrainingComputeFlop: 2e32 } },
      'rules[2] "Tier 3 embargo" › models.minTrainingComputeFlop: A compute threshold above 1e32 FLOP can match no model.',
    ],
    [
      { effectiveDate: "2026-02-30" },
      'rules[2] "Tier 3 embargo" › effectiveDate: This date does not exist.',
    ],
    [
      { effectiveDate: "1/2/2026" },
      'rules[2] "Tier 3 embargo" › effectiveDate: Use a date in the form YYYY-MM-DD.',
    ],
    [{ name: " " }, "rules[2] (unnamed) › name: Give the rule a name."],
  ])("%j → %s", (patch, message) => {
    expect(messagesOf(withRule(patch))).toEqual([message]);
  });

  it("accepts a threshold of exactly 1e32 and of 0", () => {
    expect(
      messagesOf(
        withRule({ models: { ...validRule.models, all: false, minTrainingComputeFlop: 1e32 } }),
      ),
    ).toEqual([]);
    expect(
      messagesOf(
        withRule({ models: { ...validRule.models, all: false, minTrainingComputeFlop: 0 } }),
      ),
    ).toEqual([]);
  });

  it("rejects a rule less restrictive than the default, which could never apply", () => {
    const input = { ...withRule({ outcome: "ALLOWED" }, 0), defaultOutcome: "LICENCE_REQUIRED" };
    expect(messagesOf(input)).toEqual([
      `rules[0] "First" › outcome: ALLOWED is less restrictive than the scenario's default outcome LICENCE_REQUIRED, so this rule can never change a result`,
    ]);
  });

  it("reports duplicate rule ids", () => {
    const input = withRule({ id: "r1" }, 2);
    (input.rules[0] as Record<string, unknown>).id = "r1";
    expect(messagesOf(input)).toEqual([
      'rules[2] "Tier 3 embargo" › id: rule id "r1" is already used by rules[0]',
    ]);
  });

  it("returns react-hook-form paths and short field messages", () => {
    const result = validateScenario(
      withRule({ jurisdictions: { ...validRule.jurisdictions, countries: ["XX"] } }),
      known,
    );
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0].path).toEqual(["rules", 2, "jurisdictions", "countries"]);
      expect(result.issues[0].fieldMessage).toBe('unknown country code "XX"');
    }
  });

  it("scenarioSchemaFor adds the reference checks to the schema (for zodResolver)", () => {
    const result = scenarioSchemaFor(known).safeParse(
      withRule({ models: { ...validRule.models, all: false, modelIds: ["gpt-9"] } }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["rules", 2, "models", "modelIds"], 'unknown model "gpt-9"'],
    ]);
  });
});
