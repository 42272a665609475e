import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { createPrismaClient } from "@/lib/server/db/create-client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { pgliteRunner } from "@/lib/server/db/runners";
import { createPostgresDb, type TestDb } from "@/lib/server/testing/test-db";
import { recordAudit } from "@/lib/server/audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ChangeEvent } from "./change-event";
import { listenChanges, type ListenSource } from "./listen-changes";

async function writeVendor(db: PrismaClient, name: string, fail = false) {
  await db
    .$transaction(async (tx) => {
      const v = await tx.vendor.create({ data: { name } });
      await recordAudit(tx, {
        actorId: null,
        action: "vendor.create",
        entityType: "vendor",
        entityId: v.id,
        after: v,
      });
      if (fail) throw new Error("rolled back");
    })
    .catch(() => {});
}

async function eventsDuring(source: ListenSource, act: () => Promise<void>) {
  const seen: ChangeEvent[] = [];
  const stop = await listenChanges(source, (event) => seen.push(event));
  try {
    await act();
    // Notifications arrive asynchronously after commit.
    await expect.poll(() => seen.length, { timeout: 2_000 }).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
  } finally {
    await stop();
  }
  return seen;
}

describe("live updates on the embedded database", () => {
  let pglite: PGlite;
  let db: PrismaClient;
  beforeAll(async () => {
    pglite = new PGlite();
    await applyMigrations(pgliteRunner(pglite));
    db = createPrismaClient(pglite);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await pglite?.close();
  });

  it("announces a committed change once, and nothing for a rolled-back one", async () => {
    const seen = await eventsDuring({ kind: "embedded", pglite }, async () => {
      await writeVendor(db, "Rolled Back Labs", true);
      await writeVendor(db, "Committed Labs");
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ action: "vendor.create", entityType: "vendor" });
  });
});

const url = process.env.DATABASE_URL;
describe.runIf(process.env.TEST_DB === "postgresql" && url)("live updates on PostgreSQL", () => {
  let t: TestDb;
  let dbUrl: string;
  beforeAll(async () => {
    t = await createPostgresDb(url!);
    dbUrl = t.url!;
  });
  afterAll(async () => t?.close());

  it("delivers a change committed by one client to a listener on another connection", async () => {
    const seen = await eventsDuring({ kind: "postgresql", url: dbUrl }, async () => {
      await writeVendor(t.db, "Rolled Back Labs", true);
      await writeVendor(t.db, "Committed Labs");
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ action: "vendor.create", entityType: "vendor" });
  });
});
