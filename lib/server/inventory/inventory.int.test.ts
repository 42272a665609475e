import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario } from "@/lib/domain";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { ConflictError, InUseError, ValidationError } from "@/lib/server/errors";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { deploymentList, modelList, vendorList } from "@/lib/validation/inventory-lists";
import { deploymentFieldsSchema, vendorFieldsSchema } from "@/lib/validation/inventory";
import { createDeployment } from "./create-deployment";
import { createModel } from "./create-model";
import { createVendor } from "./create-vendor";
import { listDeployments } from "./list-deployments";
import { listModels } from "./list-models";
import { listVendors } from "./list-vendors";
import { setDeploymentArchived } from "./set-deployment-archived";
import { setModelArchived } from "./set-model-archived";
import { setVendorArchived } from "./set-vendor-archived";
import { toFormValues } from "./to-form-values";
import { updateDeployment } from "./update-deployment";
import { updateVendor } from "./update-vendor";

let t: TestDb;
let db: PrismaClient;
let actorId: string;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedDemo(db, { password: "integration-test-password" });
  actorId = (await db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } })).id;
}, 120_000);
afterAll(async () => t?.close());

const vendorInput = (name: string) =>
  vendorFieldsSchema.parse({ name, hqCode: "DE", status: "ACTIVE", website: "" });

describe("inventory lists", () => {
  it("filter, sort and page deployments in SQL with exact totals", async () => {
    const all = await db.deployment.count({ where: { archivedAt: null } });
    const page1 = await listDeployments(db, deploymentList.parse({ size: "25" }), null);
    expect(page1.total).toBe(all);
    expect(page1.rows).toHaveLength(25);
    const refs = page1.rows.map((r) => r.ref);
    expect(refs).toEqual([...refs].sort());
    const page2 = await listDeployments(db, deploymentList.parse({ page: "2" }), null);
    expect(page2.rows[0].ref > refs[24]).toBe(true);

    const live = await listDeployments(
      db,
      deploymentList.parse({ status: "LIVE", country: "jp" }),
      null,
    );
    expect(live.total).toBe(
      await db.deployment.count({
        where: { archivedAt: null, status: "LIVE", jurisdictionCode: "JP" },
      }),
    );
    expect(live.rows.every((r) => r.status === "LIVE" && r.jurisdictionCode === "JP")).toBe(true);

    const g7 = await db.countryGroup.findFirstOrThrow({ where: { name: "G7" } });
    const inG7 = await listDeployments(
      db,
      deploymentList.parse({ group: g7.id, size: "100" }),
      null,
    );
    const g7Codes = new Set(["CA", "FR", "DE", "IT", "JP", "GB", "US"]);
    expect(inG7.total).toBeGreaterThan(0);
    expect(inG7.rows.every((r) => g7Codes.has(r.jurisdictionCode))).toBe(true);

    const byUsers = await listDeployments(
      db,
      deploymentList.parse({ sort: "users", dir: "desc" }),
      null,
    );
    const users = byUsers.rows.map((r) => r.users);
    expect(users).toEqual([...users].sort((a, b) => b - a));

    const none = await listDeployments(db, deploymentList.parse({ q: "100%_no-such" }), null);
    expect(none).toEqual({ total: 0, rows: [] });
  });

  it("filter deployments by risk band under a scenario and sort them by risk", async () => {
    const scenario = await db.policyScenario.findFirstOrThrow({ orderBy: { name: "asc" } });
    const evaluation = evaluateScenario(
      await loadInventory(db),
      (await loadScenario(db, scenario.id))!,
      {
        asOf: "2026-11-29",
      },
    );
    const expected = evaluation.inventory.deployments.filter(
      (d) => evaluation.deployment(d.id).band === "HIGH",
    ).length;
    const high = await listDeployments(
      db,
      deploymentList.parse({ band: "HIGH", size: "100" }),
      evaluation,
    );
    expect(high.total).toBe(expected);
    expect(high.rows.every((r) => r.band === "HIGH")).toBe(true);

    const risky = await listDeployments(
      db,
      deploymentList.parse({ sort: "risk", dir: "desc" }),
      evaluation,
    );
    const residuals = risky.rows.map((r) => r.residual ?? 0);
    expect(residuals).toEqual([...residuals].sort((a, b) => b - a));

    // Band only: answered by the evaluation; with a SQL filter too: ids come from SQL.
    const highByRisk = await listDeployments(
      db,
      deploymentList.parse({ band: "HIGH", sort: "risk", size: "100" }),
      evaluation,
    );
    expect(highByRisk.total).toBe(expected);
    expect(highByRisk.rows.every((r) => r.band === "HIGH")).toBe(true);
    const liveByRisk = await listDeployments(
      db,
      deploymentList.parse({ status: "LIVE", sort: "risk", dir: "desc", size: "100" }),
      evaluation,
    );
    expect(liveByRisk.total).toBe(
      await db.deployment.count({ where: { archivedAt: null, status: "LIVE" } }),
    );
    const live = liveByRisk.rows.map((r) => r.residual ?? 0);
    expect(liveByRisk.rows.every((r) => r.status === "LIVE")).toBe(true);
    expect(live).toEqual([...live].sort((a, b) => b - a));
  });

  it("filter vendors and models, hiding archived rows unless asked", async () => {
    const de = await listVendors(db, vendorList.parse({ hq: "DE" }));
    expect(de.rows.every((v) => v.hqCode === "DE")).toBe(true);
    const open = await listModels(db, modelList.parse({ weights: "OPEN", capability: "FRONTIER" }));
    expect(open.rows.every((m) => m.weights === "OPEN" && m.capabilityClass === "FRONTIER")).toBe(
      true,
    );
    const unknown = await listModels(db, modelList.parse({ weights: "UNKNOWN" }));
    expect(unknown.rows.every((m) => m.weights === null)).toBe(true);

    // Each listed model counts its current deployments, archived ones not included.
    const listed = await listModels(db, modelList.parse({ size: "100" }));
    expect(listed.rows.length).toBeGreaterThan(1);
    for (const m of listed.rows)
      expect(m.deployments).toBe(
        await db.deployment.count({ where: { modelId: m.id, archivedAt: null } }),
      );
    const busy = listed.rows.find((m) => m.deployments > 1)!;
    const one = await db.deployment.findFirstOrThrow({ where: { modelId: busy.id } });
    const archived = await setDeploymentArchived(db, actorId, {
      id: one.id,
      version: one.version,
      archived: true,
    });
    const after = await listModels(db, modelList.parse({ size: "100" }));
    expect(after.rows.find((m) => m.id === busy.id)!.deployments).toBe(busy.deployments - 1);
    await setDeploymentArchived(db, actorId, {
      id: one.id,
      version: archived.version,
      archived: false,
    });

    const v = await createVendor(db, actorId, vendorInput("Gone Soon AI"));
    await setVendorArchived(db, actorId, { id: v.id, version: v.version, archived: true });
    expect((await listVendors(db, vendorList.parse({ q: "gone soon" }))).total).toBe(0);
    const withArchived = await listVendors(db, vendorList.parse({ q: "gone soon", archived: "1" }));
    expect(withArchived.rows.map((r) => [r.name, r.archived])).toEqual([["Gone Soon AI", true]]);
  });
});

describe("inventory changes", () => {
  it("create a vendor, model and deployment with audit events and a computed reach", async () => {
    const vendor = await createVendor(db, actorId, vendorInput("Nordlicht AI"));
    const model = await createModel(db, actorId, {
      vendorId: vendor.id,
      name: "Nordlicht 1",
      modelVersion: "",
      originCode: "DE",
      weights: "OPEN",
      trainingComputeFlop: 1e24,
      computeSource: null,
      capabilityClass: "GENERAL",
      modality: "TEXT",
      releaseDate: "2026-05-01",
      exportClassification: null,
    });
    const deployment = await createDeployment(db, actorId, {
      ref: "DEP-NORD-1",
      modelId: model.id,
      jurisdictionCode: "DE",
      cloudProvider: "AZURE",
      cloudRegion: "germanywestcentral",
      processingScope: "ZONE",
      businessUnit: "Research",
      useCase: "Translation",
      dataSensitivity: 3,
      businessCriticality: 2,
      users: 40,
      status: "LIVE",
      goLiveDate: null,
      fallbackModelId: null,
      licensedCodes: [],
    });
    expect(deployment.reach).toContain("FR");
    expect(deployment.reach).not.toContain("GB");
    const actions = await db.auditEvent.findMany({
      where: { entityId: { in: [vendor.id, model.id, deployment.id] } },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "vendor.create",
      "model.create",
      "deployment.create",
    ]);
    const listed = await listDeployments(db, deploymentList.parse({ vendor: vendor.id }), null);
    expect(listed.rows.map((r) => r.ref)).toEqual(["DEP-NORD-1"]);

    await expect(
      setVendorArchived(db, actorId, { id: vendor.id, version: 1, archived: true }),
    ).rejects.toThrow(/1 planned or live deployment.*DEP-NORD-1/);
    await expect(
      setModelArchived(db, actorId, { id: model.id, version: 1, archived: true }),
    ).rejects.toBeInstanceOf(InUseError);
    expect((await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).archivedAt).toBeNull();
  });

  it("refuse a duplicate name as a field error and write nothing", async () => {
    const before = await db.auditEvent.count();
    const clash = createVendor(db, actorId, vendorInput("OpenAI"));
    await expect(clash).rejects.toBeInstanceOf(ValidationError);
    await expect(clash).rejects.toMatchObject({
      fieldErrors: { name: [expect.stringContaining("already exists")] },
    });
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("refuse a stale edit with who changed it and when, changing nothing and auditing nothing", async () => {
    const v = await createVendor(db, actorId, vendorInput("Race Condition Labs"));
    const fields = { ...vendorInput("Race Condition Labs"), id: v.id, version: v.version };
    await updateVendor(db, actorId, { ...fields, owner: "First" });
    const before = await db.auditEvent.count();
    const stale = updateVendor(db, actorId, { ...fields, owner: "Second" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/changed by .+ at \d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(await db.auditEvent.count()).toBe(before);
    expect((await db.vendor.findUniqueOrThrow({ where: { id: v.id } })).owner).toBe("First");
  });
});

describe("archiving and restoring", () => {
  it("refuse to archive a model another deployment falls back to, naming it", async () => {
    const deployment = await db.deployment.findFirstOrThrow({
      where: { archivedAt: null, status: { not: "RETIRED" }, fallbackModelId: { not: null } },
    });
    const fallback = await db.aiModel.findUniqueOrThrow({
      where: { id: deployment.fallbackModelId! },
    });
    const before = await db.auditEvent.count();
    await expect(
      setModelArchived(db, actorId, { id: fallback.id, version: fallback.version, archived: true }),
    ).rejects.toThrow(new RegExp(`use it as fallback \\(.*${deployment.ref}`));
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("archive and restore a deployment, each audited with before and after", async () => {
    const d = await db.deployment.findFirstOrThrow({ where: { archivedAt: null } });
    const archived = await setDeploymentArchived(db, actorId, {
      id: d.id,
      version: d.version,
      archived: true,
    });
    expect(archived.archivedAt).not.toBeNull();
    const restored = await setDeploymentArchived(db, actorId, {
      id: d.id,
      version: archived.version,
      archived: false,
    });
    expect(restored).toMatchObject({ archivedAt: null, version: d.version + 2 });
    const events = await db.auditEvent.findMany({
      where: { entityId: d.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["deployment.archive", "deployment.restore"]);
    expect(events[0].before).toMatchObject({ archivedAt: null });
  });

  it("edit a deployment's placement and recompute its reach", async () => {
    const d = await db.deployment.findFirstOrThrow({
      where: { archivedAt: null, ref: "DEP-NORD-1" },
    });
    const updated = await updateDeployment(db, actorId, {
      ...deploymentFieldsSchema.parse({
        ...toFormValues.deployment(d),
        processingScope: "REGIONAL",
      }),
      id: d.id,
      version: d.version,
    });
    expect(updated.reach).toEqual(["DE"]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: d.id, action: "deployment.update" },
    });
    expect((event.before as { reach: string[] }).reach.length).toBeGreaterThan(1);
    expect((event.after as { reach: string[] }).reach).toEqual(["DE"]);
  });
});
