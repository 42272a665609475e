import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario } from "@/lib/domain";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { draftScenario, previewScenario } from "@/lib/server/engine/preview-scenario";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { activateScenario } from "./activate-scenario";
import { createScenario } from "./create-scenario";
import { duplicateScenario } from "./duplicate-scenario";
import { saveScenario } from "./save-scenario";
import { readScenario } from "./scenario-record";
import { setScenarioArchived } from "./set-scenario-archived";
import { toScenarioInput } from "./to-scenario-input";

let t: TestDb;
let actorId: string;
const byName = (name: string) =>
  t.db.policyScenario.findUniqueOrThrow({ where: { name }, include: { rules: true } });
const record = (id: string) => t.db.$transaction((tx) => readScenario(tx, id));

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { password: "integration-password" });
  actorId = (await t.db.user.findUniqueOrThrow({ where: { email: "compliance@tierscope.local" } }))
    .id;
}, 120_000);
afterAll(async () => t?.close());

describe("scenarios", () => {
  it("save rules and fields with one audit event, keeping rule ids", async () => {
    const g7 = await record((await byName("G7 trusted partners")).id);
    const input = toScenarioInput(g7);
    input.description = "Edited in a test.";
    input.rules[1] = { ...input.rules[1], outcome: "RESTRICTED" };
    const events = await t.db.auditEvent.count();
    const saved = await saveScenario(t.db, actorId, {
      id: g7.id,
      version: g7.version,
      scenario: input,
    });
    expect(saved.version).toBe(g7.version + 1);
    expect(saved.description).toBe("Edited in a test.");
    expect(saved.rules.map((r) => r.id)).toEqual(g7.rules.map((r) => r.id));
    expect(saved.rules[1].outcome).toBe("RESTRICTED");
    const audit = await t.db.auditEvent.findMany({
      where: { entityId: g7.id },
      orderBy: { createdAt: "desc" },
    });
    expect(await t.db.auditEvent.count()).toBe(events + 1);
    expect(audit[0]).toMatchObject({ action: "scenario.update", actorId });
  });

  it("save what the scenario is, its sources, links and checked date", async () => {
    const s = await record((await byName("Five Eyes only")).id);
    const input = toScenarioInput(s);
    input.reference = {
      legalStatus: "PROPOSED",
      sources: "A bill before Congress.",
      sourceUrls: "https://www.congress.gov/\n\nhttps://example.org/bill",
      checkedOn: "2026-11-30",
    };
    const saved = await saveScenario(t.db, actorId, {
      id: s.id,
      version: s.version,
      scenario: input,
    });
    expect(saved).toMatchObject({
      legalStatus: "PROPOSED",
      sources: "A bill before Congress.",
      sourceUrls: ["https://www.congress.gov/", "https://example.org/bill"],
    });
    expect(saved.checkedOn?.toISOString().slice(0, 10)).toBe("2026-11-30");
  });

  it("refuse a stale save naming who changed it, and write nothing", async () => {
    const s = await record((await byName("G7 trusted partners")).id);
    const input = toScenarioInput(s);
    const stale = saveScenario(t.db, actorId, {
      id: s.id,
      version: s.version - 1,
      scenario: { ...input, description: "stale" },
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/changed by .+ at \d{4}-\d\d-\d\d/);
    expect((await record(s.id)).description).toBe(s.description);
  });

  it("refuse an invalid rule with a message naming the rule and the field", async () => {
    const s = await record((await byName("Five Eyes only")).id);
    const input = toScenarioInput(s);
    input.rules[0] = {
      ...input.rules[0],
      jurisdictions: { ...input.rules[0].jurisdictions, countries: ["XX"] },
    };
    const save = saveScenario(t.db, actorId, { id: s.id, version: s.version, scenario: input });
    await expect(save).rejects.toBeInstanceOf(ValidationError);
    await expect(save).rejects.toThrow(
      /rules\[0\] ".+" › jurisdictions\.countries: unknown country code "XX"/,
    );
  });

  it("create, duplicate under a new name, and refuse a duplicate name", async () => {
    const created = await createScenario(t.db, actorId, {
      name: "Blank",
      description: "",
      defaultOutcome: "ALLOWED",
    });
    expect(created).toMatchObject({ status: "DRAFT", isActive: false, rules: [] });
    const source = await byName("Five Eyes only");
    const copy = await duplicateScenario(t.db, actorId, {
      id: source.id,
      name: "Five Eyes only (copy)",
    });
    expect(copy.rules.map((r) => r.name).sort()).toEqual(source.rules.map((r) => r.name).sort());
    expect(copy.rules.some((r) => source.rules.some((o) => o.id === r.id))).toBe(false);
    await expect(
      duplicateScenario(t.db, actorId, { id: source.id, name: "Five Eyes only" }),
    ).rejects.toThrow("already exists");
  });

  it("keep one active scenario: activating moves the flag in one step, archiving the active one is refused", async () => {
    const statusQuo = await byName("Status quo");
    const five = await byName("Five Eyes only");
    await expect(
      setScenarioArchived(t.db, actorId, {
        id: statusQuo.id,
        version: statusQuo.version,
        archived: true,
      }),
    ).rejects.toThrow("active scenario");
    await activateScenario(t.db, actorId, { id: five.id, version: five.version });
    const active = await t.db.policyScenario.findMany({ where: { isActive: true } });
    expect(active.map((s) => s.name)).toEqual(["Five Eyes only"]);
    const events = await t.db.auditEvent.findMany({
      where: { action: { in: ["scenario.activate", "scenario.deactivate"] } },
    });
    expect(events.map((e) => e.entityId).sort()).toEqual([statusQuo.id, five.id].sort());

    const old = await byName("Status quo");
    const archived = await setScenarioArchived(t.db, actorId, {
      id: old.id,
      version: old.version,
      archived: true,
    });
    expect(archived.status).toBe("ARCHIVED");
    const back = await setScenarioArchived(t.db, actorId, {
      id: old.id,
      version: archived.version,
      archived: false,
    });
    expect(back.status).toBe("DRAFT");
  });
});

describe("impact preview", () => {
  it("lists exactly the cells and deployments a draft change would move", async () => {
    const s = await record((await byName("G7 trusted partners")).id);
    const inventory = await loadInventory(t.db);
    const saved = evaluateScenario(inventory, (await loadScenario(t.db, s.id))!, {
      asOf: "2026-11-29",
    });
    const input = toScenarioInput(s);
    // Japan leaves the trusted circle: US closed frontier models there fall back to the "outside" rule.
    const g7Id = (await t.db.countryGroup.findUniqueOrThrow({ where: { name: "G7" } })).id;
    const trusted = input.rules.findIndex(
      (r) => r.jurisdictions.groupIds.includes(g7Id) && r.outcome === "ALLOWED",
    );
    input.rules[trusted] = {
      ...input.rules[trusted],
      jurisdictions: { ...input.rules[trusted].jurisdictions, excludeCountries: ["JP"] },
    };
    const outside = input.rules.findIndex((r) => r.jurisdictions.allOthers);
    input.rules[outside] = {
      ...input.rules[outside],
      jurisdictions: {
        ...input.rules[outside].jurisdictions,
        excludeGroupIds: input.rules[outside].jurisdictions.excludeGroupIds.filter(
          (id) => id !== g7Id,
        ),
        excludeCountries: ["CA", "FR", "DE", "IT", "GB", "US"],
      },
    };
    const preview = previewScenario(saved, draftScenario(s.id, input));
    const after = evaluateScenario(inventory, draftScenario(s.id, input), { asOf: "2026-11-29" });

    expect(preview.cellsChanged).toBeGreaterThan(0);
    for (const cell of preview.cells) {
      expect(cell.code).toBe("JP");
      expect(cell).toMatchObject({
        before: saved.outcomeOf(cell.modelId, "JP"),
        after: after.outcomeOf(cell.modelId, "JP"),
      });
    }
    expect(preview.cells[0]).toMatchObject({
      countryName: "Japan",
      direction: "worse",
      after: s.rules[outside].outcome,
    });
    for (const d of preview.deployments) {
      expect(d.before.band).toBe(saved.deployment(d.deploymentId).band);
      expect(d.after.band).toBe(after.deployment(d.deploymentId).band);
      expect(d.before.band).not.toBe(d.after.band);
    }
    // The unchanged scenario previews as no change at all.
    const none = previewScenario(saved, draftScenario(s.id, toScenarioInput(s)));
    expect(none).toMatchObject({ cellsChanged: 0, deploymentsChanged: 0 });
  });
});
