import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario } from "@/lib/domain";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { applyMemberListChange } from "./apply-member-list";
import { previewMemberList } from "./preview-member-list";
import { readPeriods } from "./member-periods";

let t: TestDb;
let actorId: string;
let d5: { id: string; version: number };
const EFFECTIVE = "2027-01-15";

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { password: "integration-password" });
  actorId = (await t.db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } })).id;
  d5 = await t.db.countryGroup.findUniqueOrThrow({ where: { name: "US arms-embargoed (D:5)" } });
}, 120_000);
afterAll(async () => t?.close());

const withVietnam = async () =>
  [...(await readPeriods(t.db, d5.id))]
    .filter((p) => p.validTo === null)
    .map((p) => p.code)
    .concat("VN")
    .join("\n");

describe("importing an updated D:5 list", () => {
  it("previews the countries added and the deployments whose access changes, naming them", async () => {
    const text = `code\n${await withVietnam()}`;
    const preview = await previewMemberList(t.db, d5.id, { text, effectiveFrom: EFFECTIVE });
    expect(preview.added).toEqual([{ code: "VN", name: "Vietnam" }]);
    expect(preview.removed).toEqual([]);
    const statusQuo = preview.scenarios.find((s) => s.name === "Status quo")!;
    expect(statusQuo.changes.length).toBeGreaterThan(0);
    expect(statusQuo.changes[0]).toMatchObject({ before: "ALLOWED", after: "PROHIBITED" });
    expect(statusQuo.changes[0].label).toMatch(/in Vietnam$/);
  }, 60_000);

  it("refuses unknown codes in plain words", async () => {
    await expect(
      previewMemberList(t.db, d5.id, { text: '["CN", "XK", "QQ"]', effectiveFrom: EFFECTIVE }),
    ).rejects.toThrow(/Not a country we know: .*QQ/);
    await expect(
      previewMemberList(t.db, d5.id, { text: "code\nChina", effectiveFrom: EFFECTIVE }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("applies from the effective date with an audit event, and refuses a stale version", async () => {
    const text = `code\n${await withVietnam()}`;
    const result = await applyMemberListChange(t.db, actorId, d5.id, {
      text,
      effectiveFrom: EFFECTIVE,
      version: d5.version,
    });
    expect(result.added).toEqual(["VN"]);
    await expect(
      applyMemberListChange(t.db, actorId, d5.id, {
        text,
        effectiveFrom: EFFECTIVE,
        version: d5.version,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: d5.id, action: "countryGroup.importMembers" },
    });
    expect(audit.after).toMatchObject({ added: ["VN"], effectiveFrom: EFFECTIVE });

    const inventory = await loadInventory(t.db);
    const row = await t.db.policyScenario.findUniqueOrThrow({ where: { name: "Status quo" } });
    const scenario = (await loadScenario(t.db, row.id))!;
    const gpt = inventory.models.find((m) => m.name === "GPT-4o")!.id;
    const on = (asOf: string) =>
      evaluateScenario(inventory, scenario, { asOf }).outcomeOf(gpt, "VN");
    expect(on("2027-01-14")).toBe("ALLOWED");
    expect(on(EFFECTIVE)).toBe("PROHIBITED");
  }, 60_000);
});
