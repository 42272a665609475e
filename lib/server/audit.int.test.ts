import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { recordAudit } from "./audit";
import { createUser } from "./users/create-user";
import { updateUser } from "./users/update-user";
import { ConflictError } from "./errors";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

describe("audit events", () => {
  it("are written in the same transaction as the mutation", async () => {
    const user = await createUser(t.db, null, {
      email: "a@example.com",
      name: "A",
      role: "VIEWER",
      password: "correct horse battery",
    });
    const events = await t.db.auditEvent.findMany({
      where: { entityType: "user", entityId: user.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0].action).toBe("user.create");
    expect(events[0].after).toMatchObject({ email: "a@example.com", role: "VIEWER" });
    expect(JSON.stringify(events[0].after)).not.toContain("passwordHash");
  });

  it("roll back together with a mutation that fails", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        const v = await tx.vendor.create({ data: { name: "Rollback Labs" } });
        await recordAudit(tx, {
          actorId: null,
          action: "vendor.create",
          entityType: "vendor",
          entityId: v.id,
          after: v,
        });
        throw new Error("boom after the audit write");
      }),
    ).rejects.toThrow("boom");
    expect(await t.db.vendor.count({ where: { name: "Rollback Labs" } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "vendor.create" } })).toBe(0);
  });

  it("are not written when a stale update is refused, and the refusal names who changed the row", async () => {
    const admin = await createUser(t.db, null, {
      email: "admin@example.com",
      name: "Ada",
      role: "ADMIN",
      password: "correct horse battery",
    });
    const target = await createUser(t.db, admin.id, {
      email: "b@example.com",
      name: "B",
      role: "VIEWER",
      password: "correct horse battery",
    });
    await updateUser(t.db, admin.id, { id: target.id, version: target.version, role: "LEGAL" });
    const before = await t.db.auditEvent.count();
    const stale = updateUser(t.db, admin.id, {
      id: target.id,
      version: target.version,
      role: "EXECUTIVE",
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/changed by Ada at \d{4}-\d\d-\d\d/);
    expect(await t.db.auditEvent.count()).toBe(before);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("LEGAL");
  });

  it("refuse a duplicate email with a message and write nothing", async () => {
    const before = await t.db.auditEvent.count();
    await expect(
      createUser(t.db, null, {
        email: "a@example.com",
        name: "Again",
        role: "VIEWER",
        password: "correct horse battery",
      }),
    ).rejects.toThrow("already exists");
    expect(await t.db.auditEvent.count()).toBe(before);
  });
});
