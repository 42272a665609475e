import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit";
import { createPrismaClient, poolOf } from "@/lib/server/db/create-client";
import { insertJsonRows } from "@/lib/server/import/insert-json-rows";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { dataRevision } from "./data-revision";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

const event = (entityId: string) => ({
  actorId: null,
  action: "vendor.update",
  entityType: "vendor",
  entityId,
});

describe("the data revision", () => {
  it("changes when a mutation with its audit event commits, and not when it rolls back", async () => {
    const start = await dataRevision(t.db);
    await t.db.$transaction((tx) => recordAudit(tx, event("v1")));
    const afterCommit = await dataRevision(t.db);
    expect(afterCommit).not.toBe(start);

    await expect(
      t.db.$transaction(async (tx) => {
        await recordAudit(tx, event("v2"));
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await dataRevision(t.db)).toBe(afterCommit);
  });

  it("changes with a bulk insert of audit events (an import)", async () => {
    const start = await dataRevision(t.db);
    await t.db.$transaction((tx) =>
      insertJsonRows(
        tx,
        "AuditEvent",
        { id: "text", action: "text", entityType: "text", entityId: "text" },
        [1, 2, 3].map((i) => ({
          id: `bulk-${i}`,
          action: "vendor.create",
          entityType: "vendor",
          entityId: `b${i}`,
        })),
      ),
    );
    expect(await dataRevision(t.db)).not.toBe(start);
  });

  it("comes back after its row is deleted, at the next change", async () => {
    await t.db.$executeRaw`DELETE FROM "DataRevision"`;
    const missing = await dataRevision(t.db);
    await t.db.$transaction((tx) => recordAudit(tx, event("v3")));
    expect(await dataRevision(t.db)).not.toBe(missing);
  });

  it("changes when the committed event is not the newest one", async () => {
    // The newest audit event used to be the revision. An event's createdAt is taken when it is
    // written, not when its transaction commits, so a long transaction could commit an event
    // older than one already committed, and every cache went on serving the data from before it.
    await t.db.$transaction((tx) => recordAudit(tx, event("newest")));
    const before = await dataRevision(t.db);
    await t.db.auditEvent.create({
      data: { ...event("late commit"), createdAt: new Date(Date.now() - 60 * 60 * 1000) },
    });
    expect(await dataRevision(t.db)).not.toBe(before);
  });

  it("starts at a different value in every new database", async () => {
    // A server whose database is recreated under it must not meet revisions it already cached.
    const [one, two] = await Promise.all([createTestDb(), createTestDb()]);
    try {
      expect(await dataRevision(one.db)).not.toBe(await dataRevision(two.db));
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
    // Opens fresh embedded databases and applies every migration: slow on a loaded machine.
  }, 120_000);

  // The app's own PostgreSQL client reads the revision through its pool, not through Prisma.
  it.runIf(onPostgres())("reads the same value through the app's pool", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = t.url;
    const app = createPrismaClient();
    process.env.DATABASE_URL = saved;
    try {
      expect(poolOf(app)).toBeDefined();
      expect(await dataRevision(app)).toBe(await dataRevision(t.db));
      await t.db.$transaction((tx) => recordAudit(tx, event("pool")));
      expect(await dataRevision(app)).toBe(await dataRevision(t.db));
    } finally {
      await app.$disconnect();
      await poolOf(app)?.end();
    }
  });
});

function onPostgres(): boolean {
  return process.env.TEST_DB === "postgresql" && !!process.env.DATABASE_URL;
}
