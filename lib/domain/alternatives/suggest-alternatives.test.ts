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

  describe("offered on the deployment's cloud or the vendor's own API", () => {
    const base = makeInventory();
    /** dep-jp-hr (GPT-4o in Japan) on `provider`; every other deployment on `others`. */
    const placed = (provider: string, others: string, overrides: Partial<Inventory> = {}) =>
      makeInventory({
        deployments: base.deployments.map((d) => ({
          ...d,
          cloudProvider: d.id === "dep-jp-hr" ? provider : others,
        })),
        ...overrides,
      });
    const offers = (inventory: Inventory) =>
      suggestAlternatives(
        evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF }),
        "dep-jp-hr",
        10,
      );
    const routes = (inventory: Inventory) =>
      offers(inventory)
        .map((a) => [a.modelId, a.route])
        .sort();

    it("reads what a cloud offers from the catalogue, though nothing in the inventory runs there", () => {
      // No other deployment uses AWS, and nobody uses a vendor API: only the catalogue knows.
      expect(routes(placed("AWS", "ON_PREM"))).toEqual([
        ["deepseek-v3", "SAME_PROVIDER"],
        ["llama-3-1-405b", "SAME_PROVIDER"],
        ["mistral-large-2", "SAME_PROVIDER"],
      ]);
      for (const a of offers(placed("AWS", "ON_PREM"))) {
        expect(a.reason).toContain("offered on Amazon Bedrock (checked 2026-12-02)");
        expect(a.offerSource).toBe(
          "https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html",
        );
      }
    });

    it("falls back to the vendor's own API where the cloud does not offer the model", () => {
      // OCI Generative AI offers Meta (and Cohere, xAI) but not Mistral or DeepSeek; both have
      // their own API.
      expect(routes(placed("ORACLE", "ON_PREM"))).toEqual([
        ["deepseek-v3", "VENDOR_API"],
        ["llama-3-1-405b", "SAME_PROVIDER"],
        ["mistral-large-2", "VENDOR_API"],
      ]);
      const mistral = offers(placed("ORACLE", "ON_PREM")).find(
        (a) => a.modelId === "mistral-large-2",
      )!;
      expect(mistral.reason).toContain("offered through Mistral AI's own API (checked 2026-12-02)");
      // Within a band, the same provider comes before another route.
      const list = offers(placed("ORACLE", "ON_PREM"));
      for (let i = 1; i < list.length; i++)
        if (list[i].band === list[i - 1].band)
          expect(list[i - 1].route === "SAME_PROVIDER" || list[i].route !== "SAME_PROVIDER").toBe(
            true,
          );
    });

    it("a provider the catalogue does not know offers only what we already run there", () => {
      const inventory = placed("SOVEREIGN_CLOUD", "ON_PREM", {
        deployments: [
          ...placed("SOVEREIGN_CLOUD", "ON_PREM").deployments,
          {
            ...base.deployments[0],
            id: "dep-extra",
            ref: "DEP-EXTRA",
            modelId: "llama-3-1-405b",
            cloudProvider: "SOVEREIGN_CLOUD",
          },
        ],
      });
      const llama = offers(inventory).find((a) => a.modelId === "llama-3-1-405b")!;
      expect(llama.route).toBe("SAME_PROVIDER");
      expect(llama.reason).toContain("offered on SOVEREIGN_CLOUD (we already run it there)");
      expect(llama.offerSource).toBeNull();
      // Mistral and DeepSeek come through their own APIs; Meta has none in the catalogue.
      expect(routes(placed("SOVEREIGN_CLOUD", "ON_PREM"))).toEqual([
        ["deepseek-v3", "VENDOR_API"],
        ["mistral-large-2", "VENDOR_API"],
      ]);
    });

    it("keeps to active vendors and the same modality", () => {
      const reviewed = placed("AWS", "ON_PREM", {
        vendors: base.vendors.map((v) =>
          v.id === "mistral" ? { ...v, status: "UNDER_REVIEW" } : v,
        ),
      });
      expect(routes(reviewed).map(([id]) => id)).not.toContain("mistral-large-2");
      const image = placed("AWS", "ON_PREM", {
        models: base.models.map((m) =>
          m.id === "mistral-large-2" ? { ...m, modality: "IMAGE" } : m,
        ),
      });
      expect(routes(image).map(([id]) => id)).not.toContain("mistral-large-2");
    });
  });

  it("gives a reason for each alternative", () => {
    const evaluation = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });
    for (const a of suggestAlternatives(evaluation, "dep-jp-hr", 10))
      expect(a.reason).toMatch(
        /^Allowed everywhere the deployment reaches.*would be (LOW|MEDIUM|HIGH|CRITICAL)/,
      );
  });
});
