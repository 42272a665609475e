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
import { suggestAlternatives } from "./suggest-alternatives";

const inventory = makeInventory();

describe("suggestAlternatives", () => {
  it("offers frontier models allowed in Japan, ranked by residual risk", () => {
    const evaluation = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });
    const alternatives = suggestAlternatives(evaluation, "dep-jp-hr", 10);
    expect(alternatives.map((a) => a.modelId).sort()).toEqual([
      "deepseek-v3",
      "llama-3-1-405b",
      "mistral-large-2",
    ]);
    const residuals = alternatives.map((a) => a.residual);
    expect(residuals).toEqual([...residuals].sort((a, b) => a - b));
    // Mistral and DeepSeek tie (no origin rule on FR or CN, likelihood already at 1); ties go by id.
    expect(alternatives.slice(0, 2).map((a) => [a.modelId, a.residual])).toEqual([
      ["deepseek-v3", 4],
      ["mistral-large-2", 4],
    ]);
    expect(
      alternatives.every((a) => a.residual < evaluation.deployment("dep-jp-hr").residual),
    ).toBe(true);
  });

  it("respects the limit", () => {
    const evaluation = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });
    expect(suggestAlternatives(evaluation, "dep-jp-hr", 1)).toHaveLength(1);
  });

  it("offers nothing for a deployment that is only licence-required", () => {
    const evaluation = evaluateScenario(
      inventory,
      scenario([rule({ id: "licence", outcome: "LICENCE_REQUIRED" })]),
      { asOf: AS_OF },
    );
    expect(suggestAlternatives(evaluation, "dep-jp-hr")).toEqual([]);
  });

  it("excludes models that an upcoming rule would restrict", () => {
    const s = scenario([
      ...trustedPartners("fvey").rules,
      rule({
        id: "later",
        outcome: "RESTRICTED",
        jurisdictions: jurisdictions({ countries: ["JP"] }),
        models: models({ vendorIds: ["mistral"] }),
        effectiveDate: "2027-02-01",
      }),
    ]);
    const ids = suggestAlternatives(
      evaluateScenario(inventory, s, { asOf: AS_OF }),
      "dep-jp-hr",
      10,
    ).map((a) => a.modelId);
    expect(ids).not.toContain("mistral-large-2");
    expect(ids).toContain("llama-3-1-405b");
  });
});
