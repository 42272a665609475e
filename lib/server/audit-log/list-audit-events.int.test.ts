import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { recordAudit } from "@/lib/server/audit";
import { auditLogFiltersSchema } from "@/lib/validation/audit-log";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "./list-audit-events";

let t: TestDb;
let chloe: string;
let ada: string;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  chloe = (await t.db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } })).id;
  ada = (await t.db.user.findFirstOrThrow({ where: { role: "ADMIN" } })).id;
  await t.db.$transaction(async (tx) => {
    for (let i = 0; i < 60; i++)
      await recordAudit(tx, {
        actorId: i % 2 ? chloe : ada,
        action: i % 3 ? "vendor.update" : "deployment.create",
        entityType: i % 3 ? "vendor" : "deployment",
        entityId: `e-${i}`,
        before: { status: "ACTIVE" },
        after: { status: "UNDER_REVIEW" },
      });
  });
  await t.db.auditEvent.updateMany({
    where: { entityId: "e-0" },
    data: { createdAt: new Date("2025-03-10T12:00:00Z") },
  });
}, 120_000);
afterAll(async () => t?.close());

const list = (query: Record<string, string>) =>
  listAuditEvents(t.db, auditLogFiltersSchema.parse(query));

describe("audit log filters", () => {
  it("filters by entity type, actor and action, and counts the matches", async () => {
    const vendorsByChloe = await list({ entityType: "vendor", actorId: chloe });
    expect(vendorsByChloe.total).toBe(20);
    expect(vendorsByChloe.events.every((e) => e.actor?.id === chloe)).toBe(true);
    expect((await list({ action: "CREATE", entityType: "deployment" })).total).toBe(20);
  });

  it("filters by entity id and by an inclusive date range", async () => {
    expect((await list({ entityId: "e-7" })).events.map((e) => e.entityId)).toEqual(["e-7"]);
    const day = await list({ from: "2025-03-10", to: "2025-03-10" });
    expect(day.events.map((e) => e.entityId)).toEqual(["e-0"]);
  });

  it("pages newest first and ignores malformed parameters", async () => {
    const all = await list({ entityType: "vendor", page: "2", from: "yesterday" });
    expect(all.total).toBe(40);
    expect(all.page).toBe(1);
    expect(all.pageCount).toBe(1);
    const many = await list({ page: "2" });
    expect(many.page).toBe(2);
    expect(many.events.length).toBe(Math.min(AUDIT_PAGE_SIZE, many.total - AUDIT_PAGE_SIZE));
  });
});
