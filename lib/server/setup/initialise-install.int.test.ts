import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario } from "@/lib/domain";
import { DEFAULT_METHODOLOGY } from "@/lib/domain/methodology/methodology";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { loadActiveMethodology } from "@/lib/server/methodology/active-methodology";
import { AlreadySetUpError, initialiseInstall } from "./initialise-install";
import { firstStart } from "./first-start";
import { needsSetup } from "./needs-setup";
import { gettingStartedOf } from "./getting-started";
import { createVendor } from "@/lib/server/inventory/create-vendor";
import { activateScenario } from "@/lib/server/scenarios/activate-scenario";
import { vendorFieldsSchema } from "@/lib/validation/inventory";

const admin = (email: string) => ({
  email,
  name: "Avery Admin",
  role: "ADMIN" as const,
  password: "a-long-enough-password",
});

describe("an empty install", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    expect(await needsSetup(t.db)).toBe(true);
    await initialiseInstall(t.db, {
      users: [admin("avery@example.com")],
      demo: false,
      via: "setup page",
    });
  }, 60_000);
  afterAll(async () => t?.close());

  it("has the reference data and the first administrator, and no inventory", async () => {
    expect(await needsSetup(t.db)).toBe(false);
    expect(await t.db.jurisdiction.count()).toBeGreaterThanOrEqual(249);
    const groups = await t.db.countryGroup.findMany({ select: { name: true } });
    expect(groups.map((g) => g.name)).toEqual(
      expect.arrayContaining(["G7", "Five Eyes", "NATO", "EU-27"]),
    );
    expect(await t.db.vendor.count()).toBe(0);
    expect(await t.db.aiModel.count()).toBe(0);
    expect(await t.db.deployment.count()).toBe(0);
    expect(await t.db.contract.count()).toBe(0);
    const users = await t.db.user.findMany();
    expect(users.map((u) => [u.email, u.role])).toEqual([["avery@example.com", "ADMIN"]]);
    expect(await verifyPassword(users[0].passwordHash, "a-long-enough-password")).toBe(true);
    expect(await loadActiveMethodology(t.db)).toBe(DEFAULT_METHODOLOGY);
  });

  it("keeps the built-in scenarios, without the rules that name vendors it does not have", async () => {
    const scenarios = await t.db.policyScenario.findMany({
      include: { rules: true },
      orderBy: { name: "asc" },
    });
    expect(scenarios.map((s) => s.name)).toEqual([
      "AI diffusion rule 2025 (rescinded, what-if)",
      "China generative AI filing",
      "Five Eyes only",
      "G7 trusted partners",
      "Status quo",
      "US comprehensive sanctions",
    ]);
    const statusQuo = scenarios.find((s) => s.name === "Status quo")!;
    expect(statusQuo.isActive).toBe(true);
    expect(statusQuo.rules.every((r) => r.vendorIds.length === 0)).toBe(true);
    expect(statusQuo.rules.map((r) => r.name)).toContain(
      "US comprehensive sanctions — no model may serve or reach them",
    );
    expect(statusQuo.description).toContain("were left out");
    // Scoring an empty inventory works and finds nothing.
    const result = evaluateScenario(
      await loadInventory(t.db),
      (await loadScenario(t.db, statusQuo.id))!,
      { asOf: "2026-12-01" },
    );
    expect(result.rollups.portfolio.deployments).toBe(0);
  });

  it("records who set it up, and how, in the audit log", async () => {
    const events = await t.db.auditEvent.findMany({ orderBy: { createdAt: "asc" } });
    const avery = await t.db.user.findFirstOrThrow();
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["user.create", avery.id],
      ["system.setup", avery.id],
    ]);
    expect(events[1].after).toMatchObject({ via: "setup page", demo: false });
  });

  it("lists the first steps, ticks each as it is done, and drops them once all are", async () => {
    expect(await gettingStartedOf(t.db)).toEqual({
      vendors: false,
      models: false,
      deployments: false,
      scenarios: false,
    });
    const avery = await t.db.user.findFirstOrThrow();
    await createVendor(
      t.db,
      avery.id,
      vendorFieldsSchema.parse({ name: "Mistral AI", hqCode: "FR", status: "ACTIVE" }),
    );
    const g7 = await t.db.policyScenario.findUniqueOrThrow({
      where: { name: "G7 trusted partners" },
    });
    await activateScenario(t.db, avery.id, { id: g7.id, version: g7.version });
    expect(await gettingStartedOf(t.db)).toEqual({
      vendors: true,
      models: false,
      deployments: false,
      scenarios: true,
    });
    const vendor = await t.db.vendor.findFirstOrThrow();
    const model = await t.db.aiModel.create({
      data: {
        name: "Mistral Large",
        vendorId: vendor.id,
        originCode: "FR",
        capabilityClass: "FRONTIER",
      },
    });
    await t.db.deployment.create({
      data: {
        ref: "DEP-1",
        modelId: model.id,
        jurisdictionCode: "FR",
        cloudProvider: "AZURE",
        cloudRegion: "francecentral",
        businessUnit: "Retail",
        useCase: "Summaries",
        processingScope: "REGIONAL",
        dataSensitivity: 2,
        businessCriticality: 2,
        users: 40,
      },
    });
    expect(await gettingStartedOf(t.db)).toBeNull();
  });

  it("refuses a second setup once a user exists", async () => {
    await expect(
      initialiseInstall(t.db, {
        users: [admin("other@example.com")],
        demo: false,
        via: "setup page",
      }),
    ).rejects.toThrow(AlreadySetUpError);
    expect(await t.db.user.count()).toBe(1);
  });
});

describe("two setups at once", () => {
  it("create one administrator; the other is refused", async () => {
    const t = await createTestDb();
    try {
      const results = await Promise.allSettled([
        initialiseInstall(t.db, {
          users: [admin("one@example.com")],
          demo: false,
          via: "setup page",
        }),
        initialiseInstall(t.db, {
          users: [admin("two@example.com")],
          demo: false,
          via: "setup page",
        }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(AlreadySetUpError);
      expect(await t.db.user.count()).toBe(1);
      expect(await t.db.countryGroup.count({ where: { name: "G7" } })).toBe(1);
    } finally {
      await t.close();
    }
  }, 60_000);
});

describe("the first start", () => {
  it("refuses unusable administrator settings, naming the variable; with TIERSCOPE_DEMO=0 alone waits for the setup page", async () => {
    const t = await createTestDb();
    try {
      await expect(
        firstStart(t.db, {
          TIERSCOPE_ADMIN_EMAIL: "ops@example.com",
          TIERSCOPE_ADMIN_PASSWORD: "short",
        }),
      ).rejects.toThrow("TIERSCOPE_ADMIN_PASSWORD: Use at least 12 characters.");
      expect(await firstStart(t.db, { TIERSCOPE_DEMO: "0" })).toEqual({ kind: "setup page" });
      expect(await needsSetup(t.db)).toBe(true);
      expect(await t.db.jurisdiction.count()).toBe(0);
    } finally {
      await t.close();
    }
  });

  it("with TIERSCOPE_DEMO=0 and an administrator in the environment sets up an empty install", async () => {
    const t = await createTestDb();
    try {
      const env = {
        TIERSCOPE_DEMO: "0",
        TIERSCOPE_ADMIN_EMAIL: "Ops@Example.com",
        TIERSCOPE_ADMIN_PASSWORD: "set-by-the-operator",
      };
      expect(await firstStart(t.db, env)).toEqual({ kind: "empty", admin: "ops@example.com" });
      const users = await t.db.user.findMany();
      expect(users.map((u) => [u.email, u.name, u.role])).toEqual([
        ["ops@example.com", "Administrator", "ADMIN"],
      ]);
      expect(await t.db.vendor.count()).toBe(0);
      expect(await firstStart(t.db, env)).toEqual({ kind: "existing" });
    } finally {
      await t.close();
    }
  }, 60_000);

  it("by default loads the demo company, with the environment's administrator beside the demo logins", async () => {
    const t = await createTestDb();
    try {
      const done = await firstStart(
        t.db,
        {
          TIERSCOPE_ADMIN_EMAIL: "ops@example.com",
          TIERSCOPE_ADMIN_PASSWORD: "set-by-the-operator",
        },
        { demoPassword: "demo-password-for-tests" },
      );
      expect(done).toMatchObject({ kind: "demo", admin: "ops@example.com" });
      expect(await t.db.user.count()).toBe(6);
      expect(await t.db.deployment.count()).toBe(150);
      expect(
        await t.db.policyScenario.count({ where: { name: "Vendors' supported countries" } }),
      ).toBe(1);
    } finally {
      await t.close();
    }
  }, 120_000);
});
