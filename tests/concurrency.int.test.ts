/**
 * Races, through the real route handlers and server actions: N simultaneous edits of one row at the
 * same version → one wins, N−1 are told of the conflict (409), no update is lost; N simultaneous
 * creates or renames to one unique name → one row; never a 5xx. On PostgreSQL (TEST_DB=postgresql)
 * the requests run on separate pooled connections; embedded, PGlite serialises them.
 *
 * CONCURRENCY (default 12) requests per race.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ConflictError } from "@/lib/server/errors";
import type { Db } from "@/lib/server/db/create-client";
import { runImport } from "@/lib/server/import/run-import";
import {
  callAction,
  callRoute,
  listActionFiles,
  loadActions,
  loadHandlers,
  listRoutes,
  startApp,
  type App,
} from "./harness/app";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => (await import("./harness/next-headers")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const N = Number(process.env.CONCURRENCY ?? 12);
let app: App;
let cookie: string;
const tally = { requests: 0, serverErrors: 0, lostUpdates: 0 };

beforeAll(async () => {
  app = await startApp();
  cookie = await app.cookieOf("ADMIN");
}, 180_000);
afterAll(async () => {
  console.log(
    `concurrency (${app?.kind}, ${N} per race): ${tally.requests} requests, ${tally.serverErrors} answered 5xx, ${tally.lostUpdates} lost updates`,
  );
  await app?.close();
});

async function handler(pattern: string, method: string) {
  const route = listRoutes().find((r) => r.pattern === pattern)!;
  return (await loadHandlers(route)).find((h) => h.method === method)!.handler;
}

async function send(pattern: string, method: string, url: string, body?: unknown, params = {}) {
  const answer = await callRoute(await handler(pattern, method), {
    method: method as "PATCH",
    url,
    params,
    cookie,
    ...(body === undefined ? {} : { body: JSON.stringify(body), contentType: "application/json" }),
  });
  tally.requests++;
  if (answer.status >= 500) tally.serverErrors++;
  return answer;
}

async function actionNamed(name: string) {
  for (const file of listActionFiles()) {
    const found = (await loadActions(file)).find((a) => a.name === name);
    if (found) return found.run;
  }
  throw new Error(`No server action ${name}`);
}

const statuses = (answers: { status: number }[]) =>
  answers.map((a) => a.status).sort((a, b) => a - b);

describe("same-version updates: one winner, the others refused as conflicts", () => {
  const ITEMS = [
    ["vendors", "Vendor"],
    ["models", "AiModel"],
    ["deployments", "Deployment"],
    ["contracts", "Contract"],
  ] as const;
  for (const [collection, table] of ITEMS) {
    it(`PATCH /api/${collection}/[id] × ${N}`, async () => {
      const [row] = await app.db.$queryRawUnsafe<{ id: string; version: number }[]>(
        `SELECT id, version FROM "${table}" WHERE "archivedAt" IS NULL ORDER BY id LIMIT 1`,
      );
      const answers = await Promise.all(
        Array.from({ length: N }, () =>
          send(
            `/api/${collection}/[id]`,
            "PATCH",
            `/api/${collection}/${row.id}`,
            { version: row.version },
            { id: row.id },
          ),
        ),
      );
      expect(statuses(answers)).toEqual([200, ...Array(N - 1).fill(409)]);
      const [after] = await app.db.$queryRawUnsafe<{ version: number }[]>(
        `SELECT version FROM "${table}" WHERE id = $1`,
        row.id,
      );
      // Exactly one write happened: the version moved by one, as the winner was told.
      const winner = JSON.parse(answers.find((a) => a.status === 200)!.text) as { version: number };
      if (after.version !== row.version + 1 || winner.version !== after.version)
        tally.lostUpdates++;
      expect(after.version).toBe(row.version + 1);
      expect(winner.version).toBe(after.version);
      for (const loser of answers.filter((a) => a.status === 409))
        expect(JSON.parse(loser.text).message).toMatch(/changed|someone/i);
    }, 120_000);
  }

  it(`DELETE (archive) /api/deployments/[id] × ${N}`, async () => {
    const row = await app.db.deployment.findFirstOrThrow({
      where: { archivedAt: null },
      orderBy: { id: "desc" },
    });
    const answers = await Promise.all(
      Array.from({ length: N }, () =>
        send(
          "/api/deployments/[id]",
          "DELETE",
          `/api/deployments/${row.id}?version=${row.version}`,
          undefined,
          { id: row.id },
        ),
      ),
    );
    expect(statuses(answers)).toEqual([200, ...Array(N - 1).fill(409)]);
    const after = await app.db.deployment.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.archivedAt).not.toBeNull();
    expect(after.version).toBe(row.version + 1);
  }, 120_000);

  it(`scenario activations × ${N}: one scenario ends active, the rest are refused plainly`, async () => {
    const activate = await actionNamed("activateScenarioAction");
    const scenarios = await app.db.policyScenario.findMany({
      where: { isActive: false, status: { not: "ARCHIVED" } },
      take: N,
    });
    const results = await Promise.all(
      scenarios.map((s) => callAction(() => activate({ id: s.id, version: s.version }), cookie)),
    );
    tally.requests += results.length;
    tally.serverErrors += results.filter((r) => r.code === "internal").length;
    expect(results.filter((r) => r.code === "internal")).toEqual([]);
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    expect(await app.db.policyScenario.count({ where: { isActive: true } })).toBe(1);
  }, 120_000);
});

describe("same-key creates and renames: one row, the others refused plainly", () => {
  it(`POST /api/vendors with one name × ${N}`, async () => {
    const name = "Race Vendor";
    const answers = await Promise.all(
      Array.from({ length: N }, () =>
        send("/api/vendors", "POST", "/api/vendors", {
          name,
          status: "ACTIVE",
          hqCode: null,
          website: null,
        }),
      ),
    );
    const codes = statuses(answers);
    expect(codes.filter((s) => s === 201)).toHaveLength(1);
    expect(codes.filter((s) => s !== 201).every((s) => s === 409 || s === 422)).toBe(true);
    expect(await app.db.vendor.count({ where: { name } })).toBe(1);
  }, 120_000);

  it(`${N} vendors renamed to one name at once`, async () => {
    const name = "Race Rename";
    const vendors = await app.db.vendor.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      take: N,
    });
    const answers = await Promise.all(
      vendors.map((v) =>
        send(
          "/api/vendors/[id]",
          "PATCH",
          `/api/vendors/${v.id}`,
          { version: v.version, name },
          { id: v.id },
        ),
      ),
    );
    const codes = statuses(answers);
    expect(codes.filter((s) => s === 200)).toHaveLength(1);
    expect(codes.filter((s) => s !== 200).every((s) => s === 409 || s === 422)).toBe(true);
    expect(await app.db.vendor.count({ where: { name } })).toBe(1);
  }, 120_000);

  it(`users created with one e-mail × ${N}`, async () => {
    const create = await actionNamed("createUserAction");
    const email = "race@tierscope.local";
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        callAction(
          () =>
            create({
              email,
              name: `Racer ${i}`,
              role: "VIEWER",
              password: "correct horse battery",
            }),
          cookie,
        ),
      ),
    );
    tally.requests += results.length;
    tally.serverErrors += results.filter((r) => r.code === "internal").length;
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      results.filter((r) => !r.ok).every((r) => r.code === "conflict" || r.code === "invalid"),
    ).toBe(true);
    expect(await app.db.user.count({ where: { email } })).toBe(1);
  }, 120_000);
});

/**
 * The import's conflict path, forced: another writer adds one of the file's new rows after the
 * import has checked the file and before it writes. On PostgreSQL that writer is a second
 * connection that commits; embedded, PGlite has one connection, so the row is added inside the
 * import's own transaction just before its insert (the same unique violation at the same point).
 */
describe("an import that loses a race to another writer", () => {
  it("is refused as a conflict and imports nothing", async () => {
    const names = Array.from({ length: 50 }, (_, i) => `Import Race ${i}`);
    const text = ["name,status", ...names.map((n) => `${n},ACTIVE`)].join("\n");
    const actorId = (await app.db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } })).id;
    const auditBefore = await app.db.auditEvent.count();
    let rivalRan = false;
    const rival = async (tx: Db) => {
      rivalRan = true;
      const writer = app.kind === "postgresql" ? app.db : tx;
      await writer.vendor.create({ data: { name: names[7] } });
    };
    const raced = withRivalBeforeFirstVendorInsert(app.db, rival);
    const outcome = runImport(raced, {
      entity: "vendors",
      text,
      fileName: "race.csv",
      mode: "commit",
      actorId,
    });
    await expect(outcome).rejects.toBeInstanceOf(ConflictError);
    await expect(outcome).rejects.toThrow(/Nothing was imported/);
    expect(rivalRan).toBe(true);
    const stored = await app.db.vendor.findMany({ where: { name: { startsWith: "Import Race" } } });
    // Only the rival's row (PostgreSQL: it committed) — none of the import's.
    expect(stored.map((v) => v.name)).toEqual(app.kind === "postgresql" ? [names[7]] : []);
    expect(await app.db.auditEvent.count()).toBe(auditBefore);
  }, 120_000);
});

/** `db` whose transactions run `rival` just before their first vendor insert. */
function withRivalBeforeFirstVendorInsert(db: Db, rival: (tx: Db) => Promise<void>): Db {
  let fired = false;
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
      return (fn: (tx: Db) => Promise<unknown>, options?: object) =>
        target.$transaction(
          (tx) =>
            fn(
              new Proxy(tx as Db, {
                get(t, p, r) {
                  const value = Reflect.get(t, p, r);
                  if (p !== "vendor") return value;
                  return new Proxy(value, {
                    get(delegate, method, dr) {
                      const original = Reflect.get(delegate, method, dr);
                      if (method !== "createMany" || fired) return original;
                      return async (...args: unknown[]) => {
                        fired = true;
                        await rival(t);
                        return original.apply(delegate, args);
                      };
                    },
                  });
                },
              }),
            ),
          options,
        );
    },
  });
}
