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
import type { Inventory } from "../types";
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

  it("keeps to active vendors, the same modality and the deployment's provider or the vendor's API", () => {
    const base = makeInventory();
    const withPlacement = (overrides: Partial<Inventory> = {}) =>
      makeInventory({
        deployments: base.deployments.map((d) => ({
          ...d,
          cloudProvider:
            d.id === "dep-jp-hr" ? "AZURE" : d.id === "dep-eu-legal" ? "VENDOR_API" : "AWS",
        })),
        ...overrides,
      });
    const ids = (inventory: Inventory) =>
      suggestAlternatives(
        evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF }),
        "dep-jp-hr",
        10,
      ).map((a) => [a.modelId, a.route]);
    // Only Mistral is reachable from Azure: through its own API (dep-eu-legal uses it).
    expect(ids(withPlacement())).toEqual([["mistral-large-2", "VENDOR_API"]]);
    const reviewed = withPlacement({
      vendors: base.vendors.map((v) => (v.id === "mistral" ? { ...v, status: "UNDER_REVIEW" } : v)),
    });
    expect(ids(reviewed)).toEqual([]);
    const image = withPlacement({
      models: base.models.map((m) =>
        m.id === "mistral-large-2" ? { ...m, modality: "IMAGE" } : m,
      ),
    });
    expect(ids(image)).toEqual([]);
  });

  it("gives a reason for each alternative", () => {
    const evaluation = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });
    for (const a of suggestAlternatives(evaluation, "dep-jp-hr", 10))
      expect(a.reason).toMatch(
        /^Allowed everywhere the deployment reaches.*would be (LOW|MEDIUM|HIGH|CRITICAL)/,
      );
  });
});
