import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { toErrorBody } from "../handle-error";

/** What the database really throws, mapped to what a user is told (real database, no mocks). */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 120_000);
afterAll(async () => t?.close());

async function failure(write: () => Promise<unknown>) {
  try {
    await write();
  } catch (error) {
    return toErrorBody(error);
  }
  throw new Error("the write succeeded");
}

describe("database errors as statuses", () => {
  it("a unique-key clash (the race the pre-check cannot see) is a 409 conflict", async () => {
    await t.db.vendor.create({ data: { name: "Racing Vendor", status: "ACTIVE" } });
    const { status, body } = await failure(() =>
      t.db.vendor.create({ data: { name: "Racing Vendor", status: "ACTIVE" } }),
    );
    expect(status).toBe(409);
    expect(body.message).toMatch(/same name/);
  });

  it("a unique clash inside a transaction is a 409 too", async () => {
    const { status } = await failure(() =>
      t.db.$transaction(async (tx) => {
        await tx.vendor.create({ data: { name: "Twice In One", status: "ACTIVE" } });
        await tx.vendor.create({ data: { name: "Twice In One", status: "ACTIVE" } });
      }),
    );
    expect(status).toBe(409);
    expect(await t.db.vendor.count({ where: { name: "Twice In One" } })).toBe(0);
  });

  it("text PostgreSQL cannot store (a NUL byte) is a 422, not a 500", async () => {
    const { status } = await failure(() =>
      t.db.vendor.create({ data: { name: "Nul\u0000Vendor", status: "ACTIVE" } }),
    );
    expect(status).toBe(422);
  });

  it("updating a row that no longer exists is a 404", async () => {
    const { status } = await failure(() =>
      t.db.vendor.update({ where: { id: "no-such-vendor" }, data: { notes: "x" } }),
    );
    expect(status).toBe(404);
  });

  it("a transaction that cannot finish in its time is a 503 and writes nothing", async () => {
    const { status } = await failure(() =>
      t.db.$transaction(
        async (tx) => {
          await tx.vendor.create({ data: { name: "Too Slow", status: "ACTIVE" } });
          await new Promise((resolve) => setTimeout(resolve, 400));
          await tx.vendor.create({ data: { name: "Too Slow 2", status: "ACTIVE" } });
        },
        { timeout: 100 },
      ),
    );
    expect(status).toBe(503);
    expect(await t.db.vendor.count({ where: { name: { startsWith: "Too Slow" } } })).toBe(0);
  });
});
