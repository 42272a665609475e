import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../scenario/evaluate";
import {
  AS_OF,
  CONTRACTS,
  DEPLOYMENTS,
  VENDORS,
  makeInventory,
  trustedPartners,
} from "../test-fixtures";
import type { Contract, Deployment, Inventory } from "../types";
import { explainDeployment } from "./explain-deployment";
import { previewClauseAssessment } from "./preview-clause-assessment";

const microsoft = { id: "microsoft", name: "Microsoft", hqCode: "US", cloudProvider: "AZURE" };

const azureAgreement: Contract = {
  id: "ctr-microsoft",
  vendorId: "microsoft",
  title: "Microsoft Customer Agreement — Azure OpenAI",
  coverage: "MODEL_SERVICE",
  effectiveDate: "2024-01-01",
  expiryDate: null,
  clauses: [
    { id: "m1", type: "CHANGE_OF_LAW", assessment: "ADEQUATE", heading: "FSI Amendment 7" },
    { id: "m2", type: "DATA_RESIDENCY", assessment: "ADEQUATE", heading: "Processing location" },
  ],
};

const withDeployments = (deployments: Deployment[], contracts: Contract[]): Inventory =>
  makeInventory({
    vendors: [...VENDORS, microsoft],
    deployments: [...DEPLOYMENTS, ...deployments],
    contracts: [...CONTRACTS, ...contracts],
  });

const base = DEPLOYMENTS.find((d) => d.id === "dep-us-finance")!;
const onAzure: Deployment = { ...base, id: "dep-azure", ref: "DEP-AZURE", cloudProvider: "AZURE" };

function explain(inventory: Inventory, id: string) {
  return explainDeployment(evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF }), id);
}

const clauseFactor = (e: ReturnType<typeof explain>, type: string) =>
  [...e.residualLikelihood.factors, ...e.residualImpact.factors].find(
    (f) => f.key === `clause:${type}`,
  );

describe("contracts attach to the channel that delivers the model", () => {
  it("credits GPT-4o on Azure with the Microsoft agreement, not OpenAI's", () => {
    const e = explain(withDeployments([onAzure], [azureAgreement]), "dep-azure");
    expect(e.contractsApplied.map((c) => c.contractId)).toEqual(["ctr-microsoft"]);
    const factor = clauseFactor(e, "CHANGE_OF_LAW");
    expect(factor?.value).toBe("ADEQUATE");
    expect(factor?.label).toContain('"FSI Amendment 7" in Microsoft Customer Agreement');
    // The same model through OpenAI's API is covered by OpenAI's agreement.
    const api = explain(withDeployments([onAzure], [azureAgreement]), "dep-us-finance");
    expect(api.contractsApplied.map((c) => c.contractId)).toEqual(["ctr-openai-2025"]);
  });

  it("leaves a cloud deployment without credit when its provider has no contract", () => {
    const e = explain(withDeployments([onAzure], []), "dep-azure");
    expect(e.contractsApplied).toEqual([]);
    expect(clauseFactor(e, "CHANGE_OF_LAW")?.label).toContain(
      "no in-force contract covers the Microsoft (cloud) channel",
    );
    expect(e.residual).toBe(e.inherent);
  });

  it("gives an on-premises model no vendor credit unless a contract lists it", () => {
    const onPrem: Deployment = {
      ...base,
      id: "dep-qwen",
      ref: "DEP-QWEN",
      modelId: "qwen3",
      cloudProvider: "ON_PREM",
    };
    const alibabaApi: Contract = {
      id: "ctr-alibaba",
      vendorId: "alibaba",
      effectiveDate: "2024-01-01",
      expiryDate: null,
      clauses: [{ id: "a1", type: "DATA_RESIDENCY", assessment: "ADEQUATE" }],
    };
    const e = explain(withDeployments([onPrem], [alibabaApi]), "dep-qwen");
    expect(e.contractsApplied).toEqual([]);
    const licence: Contract = {
      ...alibabaApi,
      id: "ctr-qwen-licence",
      coverage: "LISTED_MODELS",
      modelIds: ["qwen3"],
    };
    const listed = explain(withDeployments([onPrem], [licence]), "dep-qwen");
    expect(listed.contractsApplied.map((c) => c.contractId)).toEqual(["ctr-qwen-licence"]);
    expect(clauseFactor(listed, "DATA_RESIDENCY")?.value).toBe("ADEQUATE");
  });

  it("a residency commitment earns nothing for a deployment with global processing", () => {
    const global: Deployment = {
      ...onAzure,
      id: "dep-azure-global",
      ref: "DEP-AZURE-GLOBAL",
      processingScope: "GLOBAL",
    };
    const inventory = withDeployments([onAzure, global], [azureAgreement]);
    const regional = clauseFactor(explain(inventory, "dep-azure"), "DATA_RESIDENCY");
    expect(regional?.contribution).toBeLessThan(0);
    const e = explain(inventory, "dep-azure-global");
    const factor = clauseFactor(e, "DATA_RESIDENCY");
    expect(factor?.contribution).toBe(0);
    expect(factor?.label).toContain("does not cover global processing");
  });

  it("a residency commitment that names places credits only deployments processed there", () => {
    const placed: Contract = {
      ...azureAgreement,
      clauses: [
        {
          id: "m2",
          type: "DATA_RESIDENCY",
          assessment: "ADEQUATE",
          heading: "EU processing",
          places: ["DE", "FR", "PL"],
        },
      ],
    };
    const inEu: Deployment = { ...onAzure, id: "dep-eu", ref: "DEP-EU", reach: ["DE", "PL"] };
    const inUs: Deployment = { ...onAzure, id: "dep-us", ref: "DEP-US", reach: ["US"] };
    const straddling: Deployment = {
      ...onAzure,
      id: "dep-zone",
      ref: "DEP-ZONE",
      processingScope: "ZONE",
      reach: ["DE", "GB"],
    };
    const inventory = withDeployments([inEu, inUs, straddling], [placed]);
    expect(clauseFactor(explain(inventory, "dep-eu"), "DATA_RESIDENCY")?.contribution).toBeLessThan(
      0,
    );
    for (const [id, outside] of [
      ["dep-us", "United States"],
      ["dep-zone", "United Kingdom"],
    ]) {
      const factor = clauseFactor(explain(inventory, id), "DATA_RESIDENCY");
      expect(factor?.contribution).toBe(0);
      expect(factor?.label).toBe(
        `Data residency commitment: "EU processing" in Microsoft Customer Agreement — Azure OpenAI keeps data in France, Germany and Poland, but this deployment is processed in ${outside}`,
      );
    }
    // Without places the commitment follows the region chosen for each deployment.
    const unplaced = withDeployments([inUs], [azureAgreement]);
    expect(clauseFactor(explain(unplaced, "dep-us"), "DATA_RESIDENCY")?.contribution).toBeLessThan(
      0,
    );
  });

  it("bulk scores agree with the explanations for every channel", () => {
    const placed: Contract = {
      ...azureAgreement,
      clauses: [
        ...azureAgreement.clauses,
        { ...azureAgreement.clauses[1], id: "m3", places: ["US"] },
      ],
    };
    const inventory = withDeployments(
      [onAzure, { ...onAzure, id: "dep-azure-pl", ref: "DEP-AZURE-PL", reach: ["PL"] }],
      [placed],
    );
    const evaluation = evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF });
    for (const d of inventory.deployments) {
      const e = explainDeployment(evaluation, d.id);
      expect(e.residual).toBe(evaluation.deploymentAt(inventory.deployments.indexOf(d)).residual);
    }
  });
});

describe("previewing a clause assessment", () => {
  it("names exactly the deployments the clause's contract covers whose residual moves", () => {
    const inventory = withDeployments([onAzure], [azureAgreement]);
    const evaluation = evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF });
    const preview = previewClauseAssessment(evaluation, "m1", "WEAK")!;
    expect(preview.covered).toBe(1);
    expect(preview.changes.map((c) => c.ref)).toEqual(["DEP-AZURE"]);
    const [change] = preview.changes;
    expect(change.after.residual).toBeGreaterThan(change.before.residual);
    // Saving it gives the same numbers the preview showed.
    const saved = evaluateScenario(
      {
        ...inventory,
        contracts: inventory.contracts.map((c) =>
          c.id === "ctr-microsoft"
            ? {
                ...c,
                clauses: c.clauses.map((cl) =>
                  cl.id === "m1" ? { ...cl, assessment: "WEAK" as const } : cl,
                ),
              }
            : c,
        ),
      },
      trustedPartners("g7"),
      { asOf: AS_OF },
    );
    expect(saved.deployment("dep-azure").residual).toBe(change.after.residual);
    expect(previewClauseAssessment(evaluation, "m1", "ADEQUATE")!.changes).toEqual([]);
    expect(previewClauseAssessment(evaluation, "nope", "WEAK")).toBeNull();
  });
});
