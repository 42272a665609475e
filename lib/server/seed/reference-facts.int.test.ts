/**
 * The demo's reference data against public facts (shared/domain-facts.md): each test here failed
 * on the data as it stood before issue 13, and names the outcome a reviewer found wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario, explainCell, type Evaluation, type Inventory } from "@/lib/domain";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { seedDemo } from "./seed-demo";

const AS_OF = "2026-12-01";
const DIFFUSION = "AI diffusion rule 2025 (rescinded, what-if)";

let t: TestDb;
let inventory: Inventory;
const evaluations = new Map<string, Evaluation>();

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { password: "reference-facts-password" });
  inventory = await loadInventory(t.db);
}, 120_000);
afterAll(async () => t?.close());

async function evaluate(name: string): Promise<Evaluation> {
  const cached = evaluations.get(name);
  if (cached) return cached;
  const row = await t.db.policyScenario.findUniqueOrThrow({ where: { name } });
  const evaluation = evaluateScenario(inventory, (await loadScenario(t.db, row.id))!, {
    asOf: AS_OF,
  });
  evaluations.set(name, evaluation);
  return evaluation;
}

const modelId = (name: string) => {
  const model = inventory.models.find((m) => m.name === name);
  if (!model) throw new Error(`No model "${name}" in the demo`);
  return model.id;
};

describe("Hong Kong is China for US export rules", () => {
  it("is a member of D:5 and of the diffusion rule's Tier 3", async () => {
    const groups = await t.db.countryGroup.findMany({
      where: {
        name: { in: ["US arms-embargoed (D:5)", "AI diffusion Tier 3 (rescinded 2025 rule)"] },
      },
      include: { members: { where: { jurisdictionCode: "HK" } } },
    });
    expect(groups).toHaveLength(2);
    for (const g of groups) expect(g.members, g.name).toHaveLength(1);
  });

  it("rules GPT-4o out in Hong Kong today, as in mainland China", async () => {
    const statusQuo = await evaluate("Status quo");
    expect(statusQuo.outcomeOf(modelId("GPT-4o"), "HK")).toBe("PROHIBITED");
    expect(statusQuo.outcomeOf(modelId("GPT-4o"), "CN")).toBe("PROHIBITED");
  });

  it("makes a global deployment reaching a Hong Kong region prohibited under Tier 3", async () => {
    const diffusion = await evaluate(DIFFUSION);
    // o3 (closed, compute undisclosed) served in India, Azure global routing: reaches eastasia (HK).
    const deployment = inventory.deployments.find(
      (d) => d.modelId === modelId("o3") && d.processingScope === "GLOBAL",
    )!;
    expect(deployment.reach).toContain("HK");
    const result = diffusion.deployment(deployment.id);
    expect(result.access).toBe("PROHIBITED");
    expect(result.accessFromCode).toBe("HK");
  });
});

describe("Status quo includes the sanctions and the vendors' own terms", () => {
  it("prohibits GPT-4o mini and Claude 3 Haiku in sanctioned and unsupported countries", async () => {
    const statusQuo = await evaluate("Status quo");
    for (const model of ["GPT-4o mini", "Claude 3 Haiku"]) {
      for (const code of ["IR", "KP", "CU", "SY", "BY", "VE"]) {
        expect(statusQuo.outcomeOf(modelId(model), code), `${model} in ${code}`).toBe("PROHIBITED");
      }
    }
  });

  it("prohibits every model, whatever its origin, in the comprehensively sanctioned countries", async () => {
    const statusQuo = await evaluate("Status quo");
    for (const model of ["Mistral Large 2", "Qwen2.5-72B", "Llama 3.1 8B"]) {
      expect(statusQuo.outcomeOf(modelId(model), "IR"), model).toBe("PROHIBITED");
    }
    // Belarus is unsupported by the US vendors, not comprehensively sanctioned.
    expect(statusQuo.outcomeOf(modelId("Mistral Large 2"), "BY")).toBe("ALLOWED");
  });

  it("restricts foreign models without a filing in China, but not Chinese ones", async () => {
    const statusQuo = await evaluate("Status quo");
    expect(statusQuo.outcomeOf(modelId("Llama 3.3 70B"), "CN")).toBe("RESTRICTED");
    expect(statusQuo.outcomeOf(modelId("Qwen2.5-72B"), "CN")).toBe("ALLOWED");
  });

  it("keeps each of today's sources as its own scenario, stating what it is", async () => {
    const rows = await t.db.policyScenario.findMany({ orderBy: { name: "asc" } });
    const status = Object.fromEntries(rows.map((s) => [s.name, s.legalStatus]));
    expect(status).toMatchObject({
      "Status quo": "IN_FORCE",
      "US comprehensive sanctions": "IN_FORCE",
      "Vendors' supported countries": "COMPANY_POLICY",
      "China generative AI filing": "IN_FORCE",
      "G7 trusted partners": "WHAT_IF",
      "Five Eyes only": "WHAT_IF",
      [DIFFUSION]: "RESCINDED",
    });
    for (const s of rows) {
      expect(s.sources.length, s.name).toBeGreaterThan(0);
      expect(s.sourceUrls.length, s.name).toBeGreaterThan(0);
      for (const url of s.sourceUrls) expect(url, s.name).toMatch(/^https:\/\//);
      expect(s.checkedOn, s.name).not.toBeNull();
    }
    const vendors = rows.find((s) => s.name === "Vendors' supported countries")!;
    expect(vendors.description).toMatch(/could not be obtained/);
  });
});

describe("the 2025 diffusion rule as it was written", () => {
  it("is named and marked as rescinded", async () => {
    const row = await t.db.policyScenario.findUniqueOrThrow({ where: { name: DIFFUSION } });
    expect(row.legalStatus).toBe("RESCINDED");
    expect(row.description).toMatch(/^Rescinded rule, kept as a what-if/);
  });

  it("leaves published weights outside it: open-weight Llama is allowed even in Tier 3", async () => {
    const diffusion = await evaluate(DIFFUSION);
    for (const code of ["CN", "HK", "PL", "IN"]) {
      expect(diffusion.outcomeOf(modelId("Llama 3.1 405B"), code), code).toBe("ALLOWED");
    }
  });

  it("controls only closed models at or above 10^26 operations", async () => {
    const diffusion = await evaluate(DIFFUSION);
    // GPT-4o: 3.8e25 (Epoch AI estimate), below the threshold.
    expect(diffusion.outcomeOf(modelId("GPT-4o"), "PL")).toBe("ALLOWED");
    expect(diffusion.outcomeOf(modelId("GPT-4o"), "HK")).toBe("ALLOWED");
    // o3: undisclosed, so the worst case — and the explanation says it was assumed.
    expect(diffusion.outcomeOf(modelId("o3"), "PL")).toBe("LICENCE_REQUIRED");
    expect(diffusion.outcomeOf(modelId("o3"), "HK")).toBe("PROHIBITED");
    expect(explainCell(diffusion, modelId("o3"), "PL").assumedFacts).toEqual([
      "trainingComputeFlop",
    ]);
  });

  it("treats Hong Kong as China: every model has the same outcome in HK as in CN", async () => {
    const diffusion = await evaluate(DIFFUSION);
    for (const m of inventory.models)
      expect(diffusion.outcomeOf(m.id, "HK"), m.name).toBe(diffusion.outcomeOf(m.id, "CN"));
    expect(diffusion.outcomeOf(modelId("o3"), "CN")).toBe("PROHIBITED");
  });

  it("leaves Grok 2 outside it since xAI published its weights (Aug 2025)", async () => {
    const diffusion = await evaluate(DIFFUSION);
    expect(diffusion.outcomeOf(modelId("Grok 2"), "HK")).toBe("ALLOWED");
    expect(diffusion.outcomeOf(modelId("Grok 3"), "HK")).toBe("PROHIBITED");
  });

  it("marks the invented 2027 tightening as a what-if that is not in the rule", async () => {
    const rules = await t.db.policyRule.findMany({
      where: { scenario: { name: DIFFUSION }, effectiveDate: { not: null } },
    });
    expect(rules).toHaveLength(1);
    expect(rules[0].name).toMatch(/^What-if, not in the rule/);
  });
});

describe("unknown training compute", () => {
  it("no longer makes small and embedding models need a Tier 2 licence", async () => {
    const diffusion = await evaluate(DIFFUSION);
    for (const model of [
      "text-embedding-3-large",
      "Titan Text Embeddings V2",
      "Claude 3 Haiku",
      "Luminous Supreme",
    ]) {
      expect(diffusion.outcomeOf(modelId(model), "PL"), model).toBe("ALLOWED");
      expect(explainCell(diffusion, modelId(model), "PL").matchingRules, model).toEqual([]);
    }
  });
});

describe("D:5 changes over time", () => {
  it("keeps Cambodia's D:5 membership from 9 Dec 2021 until its removal on 3 Feb 2026", async () => {
    const row = await t.db.policyScenario.findUniqueOrThrow({ where: { name: "Status quo" } });
    const scenario = (await loadScenario(t.db, row.id))!;
    const on = (asOf: string) => evaluateScenario(inventory, scenario, { asOf });
    const d5 = (e: Evaluation) =>
      e.inventory.groups.find((g) => g.name === "US arms-embargoed (D:5)")!.members;
    expect(d5(on("2021-12-08"))).not.toContain("KH");
    expect(d5(on("2021-12-09"))).toContain("KH");
    expect(d5(on("2026-02-02"))).toContain("KH");
    expect(d5(on("2026-02-03"))).not.toContain("KH");
    expect(on("2025-06-01").outcomeOf(modelId("GPT-4o"), "KH")).toBe("PROHIBITED");
    expect((await evaluate("Status quo")).outcomeOf(modelId("GPT-4o"), "KH")).toBe("ALLOWED");
  });
});
