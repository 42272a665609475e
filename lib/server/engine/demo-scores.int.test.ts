import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "@/lib/clock";
import { bandRank } from "@/lib/domain/methodology/methodology";
import { evaluateScenario, explainDeployment, type Evaluation, type Inventory } from "@/lib/domain";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { loadInventory, loadScenario } from "./load-inventory";

/** Real cases from the demo data, scored with the default methodology. */
let t: TestDb;
let inventory: Inventory;
const evaluations = new Map<string, Evaluation>();

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  inventory = await loadInventory(t.db);
  for (const s of await t.db.policyScenario.findMany({ select: { id: true, name: true } })) {
    const scenario = (await loadScenario(t.db, s.id))!;
    evaluations.set(s.name, evaluateScenario(inventory, scenario, { asOf: today() }));
  }
}, 120_000);
afterAll(async () => t?.close());

const modelId = (name: string) => inventory.models.find((m) => m.name === name)!.id;
const find = (model: string, code: string, status?: string) =>
  inventory.deployments.find(
    (d) =>
      d.modelId === modelId(model) &&
      d.jurisdictionCode === code &&
      (status === undefined || d.status === status),
  )!;

describe("demo data under the default methodology", () => {
  it("a planned Claude Sonnet 4 in China under 'Status quo' is CRITICAL with a finding", () => {
    const evaluation = evaluations.get("Status quo")!;
    const d = find("Claude Sonnet 4", "CN", "PLANNED");
    const result = evaluation.deployment(d.id);
    expect(result.access).toBe("PROHIBITED");
    expect(result.band).toBe("CRITICAL");
    expect(result.finding).toMatchObject({ kind: "PROHIBITED", floor: "CRITICAL" });
    expect(result.finding!.ruleId).not.toBeNull();
    const e = explainDeployment(evaluation, d.id);
    expect(e.decidingRule?.id).toBe(result.finding!.ruleId);
  });

  it.each([
    "Status quo",
    "G7 trusted partners",
    "Five Eyes only",
    "AI diffusion rule 2025 (rescinded, what-if)",
  ])(
    "under '%s' every finding holds its floor and no allowed deployment outranks a prohibited one",
    (name) => {
      const evaluation = evaluations.get(name)!;
      const results = inventory.deployments.map((d) => evaluation.deployment(d.id));
      for (const r of results) {
        if (r.finding) expect(bandRank(r.band)).toBeGreaterThanOrEqual(bandRank(r.finding.floor));
        else expect(["ALLOWED", "LICENCE_REQUIRED"]).toContain(r.access);
      }
      const prohibited = results.filter((r) => r.access === "PROHIBITED");
      for (const r of prohibited) expect(r.band).toBe("CRITICAL");
      const { portfolio } = evaluation.rollups;
      expect(portfolio.findings).toBe(
        results.filter((r) => r.inRollups && r.finding !== null).length,
      );
    },
  );

  it("origin dependence does not fire for a European model used across the EU", () => {
    const evaluation = evaluations.get("Status quo")!;
    const mistralModels = new Set(
      inventory.models.filter((m) => m.originCode === "FR").map((m) => m.id),
    );
    const european = inventory.deployments.filter(
      (d) => mistralModels.has(d.modelId) && d.jurisdictionCode !== "FR",
    );
    expect(european.length).toBeGreaterThan(0);
    for (const d of european) {
      const factor = explainDeployment(evaluation, d.id).likelihood.factors.find(
        (f) => f.key === "originDependence",
      );
      expect(factor?.contribution).toBe(0);
    }
  });
});
