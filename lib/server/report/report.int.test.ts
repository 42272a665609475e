import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario, type Evaluation, type Inventory, type Scenario } from "@/lib/domain";
import { buildReport } from "@/lib/domain/report/build-report";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { loadChanges } from "@/lib/server/snapshots/load-changes";
import { loadTrend } from "@/lib/server/snapshots/load-trend";
import { takeSnapshotIfDue } from "@/lib/server/snapshots/take-snapshot";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { reportCsv } from "./report-csv";
import { reportPdfStream } from "./report-pdf";

let t: TestDb;
let inventory: Inventory;
let scenario: Scenario;
let evaluation: Evaluation;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { password: "integration-test-password" });
  const row = await t.db.policyScenario.findFirstOrThrow({ where: { name: "Five Eyes only" } });
  inventory = await loadInventory(t.db);
  scenario = (await loadScenario(t.db, row.id))!;
  evaluation = evaluateScenario(inventory, scenario, { asOf: "2026-12-01" });
}, 120_000);
afterAll(async () => t?.close());

async function pdfPages(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: pdfjs.VerbosityLevel.ERRORS })
    .promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
  }
  return pages;
}

describe("the footprint and exposure report", () => {
  const data = () => ({
    report: buildReport(evaluation),
    compare: null,
    dataRevision: "7",
    generatedAt: "2026-12-01T09:00:00.000Z",
  });

  it("renders a PDF that names the scenario, a country of the footprint and the method", async () => {
    const d = data();
    const started = performance.now();
    const pages = await pdfPages(await reportPdfStream(d, "http://localhost/help/risk-model"));
    console.log(JSON.stringify({ demoReportPdfMs: Math.round(performance.now() - started) }));
    const text = pages.join("\n");
    // Every page's footer: the scenario, the date, and "Page n of N".
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) =>
      expect(page).toContain(`Five Eyes only · 2026-12-01 · Page ${i + 1} of ${pages.length}`),
    );
    expect(text).toContain("Five Eyes only");
    expect(text).toContain(d.report.countries[0].name);
    expect(text).toContain("Data revision");
    expect(text).toContain(`${d.report.methodology.id} v${d.report.methodology.version}`);
    expect(text).toContain("http://localhost/help/risk-model");
  }, 60_000);

  it("writes a CSV with what it states first and one row per jurisdiction × model", () => {
    const d = data();
    const csv = reportCsv(d, "http://localhost/help/risk-model");
    expect(csv).toContain("Scenario: Five Eyes only");
    expect(csv).toContain("Data revision: 7");
    const footprint = csv.split("\n").filter((l) => l.startsWith("footprint,"));
    expect(footprint.length).toBe(d.report.countries.reduce((n, c) => n + c.models.length, 0));
  });
});

describe("risk snapshots", () => {
  it("are taken once per change, at most one a minute, and say what moved and why", async () => {
    const day1 = new Date("2026-11-20T10:00:00Z");
    expect(await takeSnapshotIfDue(t.db, evaluation, "r1", day1)).toBe(true);
    expect(await takeSnapshotIfDue(t.db, evaluation, "r1", new Date(day1.getTime() + 5_000))).toBe(
      false,
    );

    // An inventory edit: the first deployment moves to the worst-placed model of the demo.
    const target = inventory.deployments.find((d) => d.status !== "RETIRED")!;
    const before = evaluation.deployment(target.id);
    const worst = inventory.models
      .map((m) => ({
        m,
        e: evaluateScenario(
          {
            ...inventory,
            deployments: inventory.deployments.map((d) =>
              d.id === target.id ? { ...d, modelId: m.id } : d,
            ),
          },
          scenario,
          { asOf: "2026-12-01" },
        ),
      }))
      .find(({ e }) => {
        const after = e.deployment(target.id);
        return after.band !== before.band || after.access !== before.access;
      })!;
    await t.db.auditEvent.create({
      data: {
        action: "deployment.update",
        entityType: "deployment",
        entityId: target.id,
        createdAt: new Date("2026-11-26T08:00:00Z"),
      },
    });

    const soon = new Date(day1.getTime() + 30_000);
    expect(await takeSnapshotIfDue(t.db, worst.e, "r2", soon)).toBe(false); // coalesced
    const later = new Date("2026-11-27T10:00:00Z");
    expect(await takeSnapshotIfDue(t.db, worst.e, "r2", later)).toBe(true);

    const trend = await loadTrend(t.db, scenario.id);
    expect(trend.map((p) => p.dataRevision)).toEqual(["r1", "r2"]);
    expect(trend[0].bands).toEqual(evaluation.rollups.portfolio.bands);

    const changes = await loadChanges(t.db, worst.e, "2026-11-25");
    expect(changes.comparedWith).toBe(day1.toISOString());
    const moved = changes.deployments.find((d) => d.deploymentId === target.id)!;
    expect(moved.before).toEqual({ band: before.band, access: before.access });
    expect(moved.reasons.map((r) => r.kind)).toContain("inventory");
  }, 60_000);
});
