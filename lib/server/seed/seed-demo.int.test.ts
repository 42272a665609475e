import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, today } from "@/lib/clock";
import { evaluateScenario, isContractInForce } from "@/lib/domain";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { CONTRACTS, DEMO_DATES_WRITTEN_FOR } from "@/prisma/seed-data/contracts";
import { seedDemo, seedIfEmpty } from "./seed-demo";

let t: TestDb;
let passwords: string[];
beforeAll(async () => {
  t = await createTestDb();
  passwords = (await seedDemo(t.db)).map((l) => l.password);
}, 120_000);
afterAll(async () => t?.close());

describe("demo data", () => {
  it("has every country, the public groups and a realistic inventory", async () => {
    expect(await t.db.jurisdiction.count()).toBeGreaterThanOrEqual(249);
    const groups = await t.db.countryGroup.findMany({
      include: { _count: { select: { members: true } } },
    });
    const size = Object.fromEntries(groups.map((g) => [g.name, g._count.members]));
    expect(size).toMatchObject({ G7: 7, "Five Eyes": 5, NATO: 32, "EU-27": 27 });
    expect(await t.db.vendor.count()).toBeGreaterThanOrEqual(15);
    expect(await t.db.aiModel.count()).toBeGreaterThanOrEqual(40);
    expect(await t.db.deployment.count()).toBeGreaterThanOrEqual(150);
    const served = await t.db.deployment.groupBy({ by: ["jurisdictionCode"] });
    expect(served.length).toBeGreaterThanOrEqual(40);
    expect((await t.db.deployment.groupBy({ by: ["cloudRegion"] })).length).toBeGreaterThanOrEqual(
      5,
    );
    expect((await t.db.deployment.groupBy({ by: ["businessUnit"] })).length).toBeGreaterThanOrEqual(
      5,
    );
    expect(await t.db.contract.count()).toBe(10);
    expect(await t.db.contractClause.count()).toBeGreaterThanOrEqual(60);
    const scenarios = await t.db.policyScenario.findMany({ orderBy: { name: "asc" } });
    expect(scenarios.map((s) => s.name)).toEqual([
      "AI diffusion rule 2025 (rescinded, what-if)",
      "China generative AI filing",
      "Five Eyes only",
      "G7 trusted partners",
      "Status quo",
      "US comprehensive sanctions",
      "Vendors' supported countries",
    ]);
    expect(scenarios.filter((s) => s.isActive).map((s) => s.name)).toEqual(["Status quo"]);
  });

  it("gives each role a demo user with its own random password, stored hashed", async () => {
    const users = await t.db.user.findMany({ orderBy: { role: "asc" } });
    expect(users.map((u) => u.role).sort()).toEqual([
      "ADMIN",
      "COMPLIANCE",
      "EXECUTIVE",
      "LEGAL",
      "VIEWER",
    ]);
    expect(new Set(passwords).size).toBe(5);
    for (const [i, u] of users.entries()) {
      expect(u.passwordHash).toMatch(/^\$argon2id\$/);
      expect(u.passwordHash).not.toContain(passwords[i]);
    }
    const admin = users.find((u) => u.role === "ADMIN")!;
    expect(
      await Promise.all(passwords.map((p) => verifyPassword(admin.passwordHash, p))),
    ).toContain(true);
  });

  it("is not seeded twice", async () => {
    expect(await seedIfEmpty(t.db)).toBeNull();
    expect(await t.db.user.count()).toBe(5);
  });

  it("scores differently under G7 and Five Eyes scenarios, as the product promises", async () => {
    const inventory = await loadInventory(t.db);
    const byName = async (name: string) =>
      loadScenario(t.db, (await t.db.policyScenario.findUniqueOrThrow({ where: { name } })).id);
    const g7 = evaluateScenario(inventory, (await byName("G7 trusted partners"))!, {
      asOf: "2026-11-29",
    });
    const fvey = evaluateScenario(inventory, (await byName("Five Eyes only"))!, {
      asOf: "2026-11-29",
    });
    const gpt = inventory.models.find((m) => m.name === "GPT-4o")!;
    expect(g7.outcomeOf(gpt.id, "JP")).toBe("ALLOWED");
    expect(fvey.outcomeOf(gpt.id, "JP")).toBe("RESTRICTED");
    expect(g7.rollups.portfolio.deployments).toBeGreaterThan(100);
  });
});

describe("demo dates as the calendar moves", () => {
  it("keeps contracts in force and one expiring within the month when seeded a year later", async () => {
    const later = await createTestDb();
    const pinned = process.env.TIERSCOPE_TODAY;
    try {
      const seededAt = addDays(today(), 400);
      process.env.TIERSCOPE_TODAY = seededAt;
      await seedDemo(later.db, { password: "later-demo-password" });
      const contracts = await later.db.contract.findMany();
      const iso = (d: Date | null) => d && d.toISOString().slice(0, 10);
      const inForce = contracts.filter((c) =>
        isContractInForce(
          { effectiveDate: iso(c.effectiveDate)!, expiryDate: iso(c.expiryDate) },
          seededAt,
        ),
      );
      const inForceAsWritten = CONTRACTS.filter((c) =>
        isContractInForce(c, DEMO_DATES_WRITTEN_FOR),
      );
      expect(inForce.map((c) => c.title).sort()).toEqual(
        inForceAsWritten.map((c) => c.title).sort(),
      );
      expect(inForce.length).toBeGreaterThanOrEqual(8);
      const soonest = inForce
        .map((c) => iso(c.expiryDate))
        .filter((d): d is string => d !== null)
        .sort()[0];
      expect(soonest > seededAt && soonest <= addDays(seededAt, 31)).toBe(true);
    } finally {
      process.env.TIERSCOPE_TODAY = pinned;
      await later.close();
    }
    // A second full seed: slow on a shared 2-core machine.
  }, 120_000);
});
