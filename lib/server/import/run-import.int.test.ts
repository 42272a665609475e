import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "@/lib/csv/parse-csv";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { buildDeploymentCsv } from "@/lib/server/testing/deployment-csv";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { runImport, type RunImportInput } from "./run-import";

let t: TestDb;
let actorId: string;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  actorId = (await t.db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } })).id;
}, 180_000);
afterAll(async () => t?.close());

const run = (input: Omit<RunImportInput, "actorId" | "fileName">) =>
  runImport(t.db, { actorId, fileName: "test.csv", ...input });

/** The same file with one cell of one row replaced. */
function withCell(text: string, index: number, header: string, value: string): string {
  const parsed = parseCsv(text);
  parsed.rows[index][header] = value;
  return toCsv(
    parsed.headers,
    parsed.rows.map((r) => parsed.headers.map((h) => r[h])),
  );
}

describe("deployment import at 10,000 rows", () => {
  let csv: string;
  beforeAll(async () => {
    csv = await buildDeploymentCsv(t.db, 10_000);
  });

  it("imports nothing when one row is bad, and reports that row's errors", async () => {
    const bad = withCell(withCell(csv, 4_321, "country", "XX"), 4_321, "users", "many");
    const before = await t.db.deployment.count();
    const outcome = await run({ entity: "deployments", text: bad, mode: "commit" });
    expect(outcome.committed).toBe(false);
    expect(outcome.counts.invalid).toBe(1);
    expect(outcome.rows[0]).toMatchObject({
      row: 4_323,
      action: "invalid",
      errors: {
        country: expect.stringContaining('Unknown country "XX"'),
        users: "Enter the number of users.",
      },
    });
    expect(await t.db.deployment.count()).toBe(before);
  }, 120_000);

  it("creates every row with its reach, then a re-import changes nothing", async () => {
    const before = await t.db.deployment.count();
    const auditBefore = await t.db.auditEvent.count();
    const progress: string[] = [];
    const first = await run({
      entity: "deployments",
      text: csv,
      mode: "commit",
      onProgress: (p) => progress.push(p.phase),
    });
    expect(first.committed).toBe(true);
    expect(first.counts).toEqual({ create: 10_000, update: 0, unchanged: 0, invalid: 0 });
    expect(progress.filter((p) => p === "validate").length).toBeGreaterThanOrEqual(10);
    expect(progress).toContain("commit");
    expect(await t.db.deployment.count()).toBe(before + 10_000);
    const imported = { deployment: { ref: { startsWith: "IMP-" } } };
    const reach = await t.db.deploymentReach.count({ where: imported });
    expect(reach).toBeGreaterThanOrEqual(10_000);
    const global = await t.db.deployment.findFirstOrThrow({
      where: { ref: "IMP-000003" },
      include: { reach: true, fallbackModel: false },
    });
    expect(global.processingScope).toBe("GLOBAL");
    expect(global.reach.length).toBeGreaterThan(1);
    // one event per created row plus the summary
    expect(await t.db.auditEvent.count()).toBe(auditBefore + 10_001);
    const summary = await t.db.auditEvent.findFirstOrThrow({
      where: { entityType: "import", entityId: first.importId! },
    });
    expect(summary.after).toMatchObject({
      entity: "deployments",
      created: 10_000,
      fileName: "test.csv",
    });

    const again = await run({ entity: "deployments", text: csv, mode: "commit" });
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 10_000, invalid: 0 });
    expect(await t.db.deployment.count()).toBe(before + 10_000);
    expect(await t.db.deploymentReach.count({ where: imported })).toBe(reach);
    expect(
      await t.db.deployment.count({ where: { ref: { startsWith: "IMP-" }, version: { not: 1 } } }),
    ).toBe(0);
  }, 180_000);

  it("updates only changed rows, bumps their version and recomputes their reach", async () => {
    const changed = withCell(csv, 0, "processing_scope", "GLOBAL");
    const preview = await run({ entity: "deployments", text: changed, mode: "preview" });
    expect(preview.counts).toMatchObject({ update: 1, unchanged: 9_999 });
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      action: "update",
      changed: ["processing_scope"],
    });
    const outcome = await run({ entity: "deployments", text: changed, mode: "commit" });
    expect(outcome.committed).toBe(true);
    const row = await t.db.deployment.findUniqueOrThrow({
      where: { ref: "IMP-000001" },
      include: { reach: true },
    });
    expect(row).toMatchObject({ processingScope: "GLOBAL", version: 2 });
    expect(row.reach.length).toBeGreaterThan(1);
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: row.id, action: "deployment.update" },
    });
    expect(audit.before).toEqual({ processingScope: "REGIONAL" });
    expect(audit.after).toEqual({ processingScope: "GLOBAL" });
  }, 120_000);
});

describe("vendor and model import", () => {
  const vendors = toCsv(
    ["name", "hq_country", "status", "website"],
    [
      ["Northwind AI", "SE", "ACTIVE", "https://northwind.example"],
      ["Contoso Models", "US", "UNDER_REVIEW", ""],
    ],
  );

  it("creates vendors, then reports them unchanged and an edited one as an update", async () => {
    const first = await run({ entity: "vendors", text: vendors, mode: "commit" });
    expect(first.counts).toMatchObject({ create: 2, invalid: 0 });
    const again = await run({ entity: "vendors", text: vendors, mode: "preview" });
    expect(again.counts).toMatchObject({ create: 0, unchanged: 2 });
    const edited = vendors.replace("UNDER_REVIEW", "ACTIVE");
    const update = await run({ entity: "vendors", text: edited, mode: "commit" });
    expect(update.counts).toMatchObject({ update: 1, unchanged: 1 });
    const v = await t.db.vendor.findUniqueOrThrow({ where: { name: "Contoso Models" } });
    expect(v).toMatchObject({ status: "ACTIVE", version: 2 });
  });

  it("resolves models by vendor name and refuses unknown vendors and duplicates", async () => {
    const text = toCsv(
      ["vendor", "name", "capability_class", "training_compute_flop", "release_date"],
      [
        ["Northwind AI", "Northwind-1", "GENERAL", "2e24", "2026-02-01"],
        ["Nobody Inc", "Ghost", "GENERAL", "", ""],
        ["Northwind AI", "Northwind-1", "NARROW", "lots", "2026-02-30"],
      ],
    );
    const bad = await run({ entity: "models", text, mode: "commit" });
    expect(bad.committed).toBe(false);
    const byRow = Object.fromEntries(bad.rows.map((r) => [r.row, r.errors]));
    expect(byRow[3]).toEqual({ vendor: 'Unknown vendor "Nobody Inc": add the vendor first.' });
    expect(byRow[4]).toMatchObject({
      name: expect.stringContaining("Duplicate of row 2"),
      training_compute_flop: expect.stringContaining("number of FLOP"),
      release_date: "This date does not exist.",
    });
    expect(await t.db.aiModel.count({ where: { name: "Northwind-1" } })).toBe(0);

    const good = await run({
      entity: "models",
      text: toCsv(
        ["vendor", "name", "capability_class"],
        [["Northwind AI", "Northwind-1", "GENERAL"]],
      ),
      mode: "commit",
    });
    expect(good.counts.create).toBe(1);
    expect(await t.db.aiModel.count({ where: { name: "Northwind-1" } })).toBe(1);
  });

  it("refuses a file with missing or unknown columns", async () => {
    const outcome = await run({
      entity: "vendors",
      text: "name,colour\nAcme,red\n",
      mode: "commit",
    });
    expect(outcome.fileErrors).toEqual([
      "Missing column: status.",
      "Unknown column: colour. Download the template for the expected columns.",
    ]);
    expect(outcome.committed).toBe(false);
  });
});
