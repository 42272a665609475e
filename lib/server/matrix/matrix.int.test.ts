import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario, type Evaluation } from "@/lib/domain";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { NotFoundError } from "@/lib/server/errors";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { buildComparisonCsv } from "./build-comparison-csv";
import { comparisonFileName } from "./comparison-file-name";
import { loadCellDetail } from "./load-cell-detail";
import { loadComparison } from "./load-comparison";

const AS_OF = "2026-11-29";
let t: TestDb;
let g7: Evaluation;
let fvey: Evaluation;
let gpt4o: string;

async function evaluate(name: string): Promise<Evaluation> {
  const row = await t.db.policyScenario.findUniqueOrThrow({ where: { name } });
  const scenario = await loadScenario(t.db, row.id);
  return evaluateScenario(await loadInventory(t.db), scenario!, { asOf: AS_OF });
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { password: "integration-test-password" });
  [g7, fvey] = [await evaluate("G7 trusted partners"), await evaluate("Five Eyes only")];
  gpt4o = (await t.db.aiModel.findFirstOrThrow({ where: { name: "GPT-4o" } })).id;
}, 120_000);
afterAll(async () => t?.close());

describe("cell detail on the demo data", () => {
  it("explains GPT-4o in Japan: allowed under G7, restricted under Five Eyes, by the named rule", async () => {
    const underG7 = await loadCellDetail(t.db, g7, gpt4o, "JP");
    expect(underG7.outcome).toBe("ALLOWED");
    expect(underG7.decidingRule?.name).toBe("G7 — US closed frontier models allowed");

    const detail = await loadCellDetail(t.db, fvey, gpt4o, "JP");
    expect(detail.outcome).toBe("RESTRICTED");
    expect(detail.decidingRule?.name).toBe(
      "Outside Five Eyes — US closed frontier models restricted",
    );
    expect(detail.decidingRule?.rationale).toMatch(/trusted circle/);
    expect(detail.model).toMatchObject({ name: "GPT-4o", vendorName: "OpenAI" });
    expect(detail.jurisdiction).toEqual({ code: "JP", name: "Japan" });
    expect(detail.scenario.name).toBe("Five Eyes only");
  });

  it("lists the planned and live deployments in the cell with their risk, riskiest first", async () => {
    const o3 = (await t.db.aiModel.findFirstOrThrow({ where: { name: "o3" } })).id;
    const detail = await loadCellDetail(t.db, fvey, o3, "JP");
    expect(detail.deployments.length).toBe(fvey.exposedDeploymentsOf(o3, "JP"));
    expect(detail.deployments.map((d) => d.ref)).toContain("DEP-0135");
    expect(detail.deployments.find((d) => d.ref === "DEP-0135")).toMatchObject({
      access: "RESTRICTED",
      band: "HIGH",
      servedCode: "JP",
    });
    for (const d of detail.deployments) {
      expect(d.status).not.toBe("RETIRED");
      expect(d.useCase).not.toBe("");
      const row = await t.db.deployment.findUniqueOrThrow({
        where: { id: d.id },
        include: { reach: true },
      });
      expect(row.modelId).toBe(o3);
      expect(
        row.jurisdictionCode === "JP" || row.reach.some((r) => r.jurisdictionCode === "JP"),
      ).toBe(true);
    }
    const rank = (d: { band: string; residual: number }) =>
      ["LOW", "MEDIUM", "HIGH", "CRITICAL"].indexOf(d.band) * 100 + d.residual;
    const ranks = detail.deployments.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it("refuses an unknown model or country with a not-found error", async () => {
    await expect(loadCellDetail(t.db, fvey, "no-such-model", "JP")).rejects.toThrow(NotFoundError);
    await expect(loadCellDetail(t.db, fvey, gpt4o, "XX")).rejects.toThrow(NotFoundError);
  });
});

describe("comparing G7 trusted partners with Five Eyes only", () => {
  it("lists deployments whose risk changes, largest change first, without retired ones", async () => {
    const comparison = loadComparison(g7, fvey);
    const rows = comparison.deployments;
    expect(rows.length).toBeGreaterThan(0);
    const bands = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
    const jumps = rows.map((r) =>
      Math.abs(bands.indexOf(r.after.band) - bands.indexOf(r.before.band)),
    );
    expect(jumps).toEqual([...jumps].sort((a, b) => b - a));
    const retired = await t.db.deployment.findMany({ where: { status: "RETIRED" } });
    expect(rows.some((r) => retired.some((d) => d.id === r.deploymentId))).toBe(false);

    // Like the risk model's worked example: o3 for HR in Japan goes from MEDIUM to HIGH, +9, with a
    // new finding (the access change is listed with it).
    expect(rows.find((r) => r.ref === "DEP-0135")).toMatchObject({
      ref: "DEP-0135",
      modelName: "o3",
      servedCode: "JP",
      before: { access: "ALLOWED", band: "MEDIUM" },
      after: { access: "RESTRICTED", band: "HIGH" },
      residualDelta: 9,
      direction: "worse",
    });

    const { summary } = comparison;
    expect(summary.bandChanges).toBe(rows.filter((r) => r.before.band !== r.after.band).length);
    expect(summary.bandChanges).toBeGreaterThan(0);
    expect(summary.cellsWorse).toBeGreaterThan(0);
    expect(summary.deploymentsWorse + summary.deploymentsBetter).toBe(rows.length);
  });

  it("exports the list as CSV with a header, one row per deployment, and a safe file name", () => {
    const comparison = loadComparison(g7, fvey);
    const csv = buildComparisonCsv(comparison);
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0].slice(0, 3)).toEqual(["Ref", "Model", "Vendor"]);
    expect(parsed.data[0]).toContain("Band (Five Eyes only)");
    expect(parsed.data).toHaveLength(comparison.deployments.length + 1);
    const first = comparison.deployments[0];
    expect(parsed.data[1][0]).toBe(first.ref);
    expect(comparisonFileName(comparison)).toBe(
      "compare-g7-trusted-partners-vs-five-eyes-only.csv",
    );
  });

  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const comparison = loadComparison(g7, fvey);
    const row = comparison.deployments[0];
    const tricky = {
      ...comparison,
      deployments: [
        {
          ...row,
          businessUnit: 'R&D, "Labs"\nBerlin',
          modelName: "=HYPERLINK(1)",
          vendorName: '=HYPERLINK("http://x")\nx',
        },
      ],
    };
    const parsed = Papa.parse<string[]>(buildComparisonCsv(tricky).trim());
    expect(parsed.data[1][4]).toBe('R&D, "Labs"\nBerlin');
    expect(parsed.data[1][1]).toBe("'=HYPERLINK(1)");
    // papaparse's own escapeFormulae missed a formula followed by a line break.
    expect(parsed.data[1][2]).toBe('\'=HYPERLINK("http://x")\nx');
    expect(parsed.data[1][9]).toBe(String(row.residualDelta));
  });
});
