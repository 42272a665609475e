import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "@/lib/clock";
import { evaluateScenario, explainDeployment, type Inventory } from "@/lib/domain";
import { DEFAULT_METHODOLOGY, type Methodology } from "@/lib/domain/methodology/methodology";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { previewMethodology } from "@/lib/server/engine/preview-methodology";
import { dataRevision } from "@/lib/server/engine/data-revision";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { activateMethodologyVersion } from "./activate-methodology-version";
import { loadActiveMethodology } from "./active-methodology";
import { listMethodologyVersions } from "./list-methodology-versions";
import { saveMethodologyVersion } from "./save-methodology-version";

let t: TestDb;
let adminId: string;
let inventory: Inventory;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  adminId = (await t.db.user.findFirstOrThrow({ where: { role: "ADMIN" } })).id;
  inventory = await loadInventory(t.db);
}, 120_000);
afterAll(async () => t?.close());

/** The default with allowed access counted as likely as a licence requirement. */
const harsher: Methodology = {
  ...DEFAULT_METHODOLOGY,
  name: "Harsher on allowed access",
  likelihood: {
    ...DEFAULT_METHODOLOGY.likelihood,
    accessPoints: { ...DEFAULT_METHODOLOGY.likelihood.accessPoints, ALLOWED: 2 },
  },
};

describe("methodology versions", () => {
  it("scores with the default until a version is saved; saving moves the revision", async () => {
    expect(await loadActiveMethodology(t.db)).toBe(DEFAULT_METHODOLOGY);
    const before = await dataRevision(t.db);
    const saved = await saveMethodologyVersion(t.db, adminId, {
      methodology: harsher,
      reason: "Licences are hard to get in practice",
      baseVersion: DEFAULT_METHODOLOGY.version,
    });
    expect(saved.version).toBe(DEFAULT_METHODOLOGY.version + 1);
    expect(await dataRevision(t.db)).not.toBe(before);
    const active = await loadActiveMethodology(t.db);
    expect(active).toMatchObject({ name: harsher.name, version: saved.version });
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityType: "methodology" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ action: "methodology.create", actorId: adminId });
  });

  it("refuses a save based on a version that is no longer active (409), naming who changed it", async () => {
    await expect(
      saveMethodologyVersion(t.db, adminId, {
        methodology: DEFAULT_METHODOLOGY,
        reason: "stale editor",
        baseVersion: DEFAULT_METHODOLOGY.version,
      }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining("changed by") });
  });

  it("refuses an unusable methodology in plain words (422) and writes nothing", async () => {
    const grid = DEFAULT_METHODOLOGY.grid.map((row) => [...row]);
    grid[4][4] = "LOW";
    const count = await t.db.methodologyVersion.count();
    await expect(
      saveMethodologyVersion(t.db, adminId, {
        methodology: { ...DEFAULT_METHODOLOGY, grid },
        reason: "broken",
        baseVersion: DEFAULT_METHODOLOGY.version + 1,
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("is a lower band than a cell below it"),
    });
    await expect(
      saveMethodologyVersion(t.db, adminId, {
        methodology: { name: "half" },
        reason: "broken",
        baseVersion: DEFAULT_METHODOLOGY.version + 1,
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(await t.db.methodologyVersion.count()).toBe(count);
  });

  it("re-applies the built-in default and lists every version with who, when and why", async () => {
    await activateMethodologyVersion(t.db, adminId, {
      version: DEFAULT_METHODOLOGY.version,
      reason: "Back to the documented method",
      baseVersion: DEFAULT_METHODOLOGY.version + 1,
    });
    expect(await loadActiveMethodology(t.db)).toBe(DEFAULT_METHODOLOGY);
    const versions = await listMethodologyVersions(t.db);
    expect(versions.map((v) => [v.version, v.isActive])).toEqual([
      [DEFAULT_METHODOLOGY.version + 1, false],
      [DEFAULT_METHODOLOGY.version, true],
    ]);
    expect(versions[0]).toMatchObject({ reason: "Licences are hard to get in practice" });
    expect(versions[0].createdBy).toBeTruthy();
    await activateMethodologyVersion(t.db, adminId, {
      version: DEFAULT_METHODOLOGY.version + 1,
      reason: "Again",
      baseVersion: DEFAULT_METHODOLOGY.version,
    });
    expect((await loadActiveMethodology(t.db)).version).toBe(DEFAULT_METHODOLOGY.version + 1);
  });

  it("previews exactly the deployments whose band the edited methodology changes", async () => {
    const row = await t.db.policyScenario.findFirstOrThrow({ where: { name: "Status quo" } });
    const scenario = (await loadScenario(t.db, row.id))!;
    const saved = evaluateScenario(inventory, scenario, { asOf: today() });
    const after = evaluateScenario(inventory, scenario, { asOf: today(), methodology: harsher });
    const expected = inventory.deployments.filter(
      (d) => d.status !== "RETIRED" && saved.deployment(d.id).band !== after.deployment(d.id).band,
    ).length;
    const preview = previewMethodology(saved, harsher);
    expect(preview.bandChanges).toBe(expected);
    expect(preview.bandChanges).toBeGreaterThan(0);
    expect(previewMethodology(saved, DEFAULT_METHODOLOGY).bandChanges).toBe(0);
    // Every explanation names the version it was computed with.
    const named = { ...harsher, version: 7 };
    const e = explainDeployment(
      evaluateScenario(inventory, scenario, { asOf: today(), methodology: named }),
      inventory.deployments[0].id,
    );
    expect(e.methodology).toEqual({ id: named.id, version: 7 });
  });
});
