import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario } from "@/lib/domain";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { vendorFieldsSchema } from "@/lib/validation/inventory";
import { createVendor } from "./create-vendor";
import { exportCsv } from "./export-csv";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { password: "integration-test-password" });
}, 120_000);
afterAll(async () => t?.close());

async function read(stream: ReadableStream<Uint8Array>) {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  // A byte-order mark, so spreadsheet programs read the file as UTF-8.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
}

describe("CSV export", () => {
  it("writes every row matching the list's filters, not one page", async () => {
    const scenario = await t.db.policyScenario.findFirstOrThrow({ orderBy: { name: "asc" } });
    const evaluation = evaluateScenario(
      await loadInventory(t.db),
      (await loadScenario(t.db, scenario.id))!,
      { asOf: "2026-11-29" },
    );
    const live = await t.db.deployment.count({ where: { archivedAt: null, status: "LIVE" } });
    expect(live).toBeGreaterThan(25);
    const csv = await read(
      exportCsv(t.db, "deployments", new URLSearchParams("status=LIVE&page=2&size=25"), evaluation),
    );
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(live);
    expect(csv.data.every((r) => r.status === "LIVE" && r.band !== "")).toBe(true);
    // The risk columns say which scenario (and date) they were scored under.
    expect(new Set(csv.data.map((r) => r.risk_scenario))).toEqual(
      new Set([`${scenario.name} (as of 2026-11-29)`]),
    );
  });

  it("escapes commas, quotes, line breaks and spreadsheet formulas", async () => {
    const name = '=HYPERLINK("http://x"), "Quoted"\nLabs';
    await createVendor(t.db, null, vendorFieldsSchema.parse({ name, status: "ACTIVE" }));
    const csv = await read(exportCsv(t.db, "vendors", new URLSearchParams("q=hyperlink"), null));
    expect(csv.data.map((r) => r.name)).toEqual([`'${name}`]);
  });
});
