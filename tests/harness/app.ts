/**
 * The app's route handlers and server actions called in-process, on a seeded test database
 * (in-memory PGlite, or a throw-away PostgreSQL database with TEST_DB=postgresql), as each role or
 * anonymously. Requests carry real session cookies (a JWT naming a server-side session), checked by
 * the app's own guards. Only the request scope Next.js gives `headers()` is stood in for
 * (next-headers.ts); the test file mocks `next/headers` and `server-only` with it.
 *
 * Routes and actions are found on disk, so a new one is covered by the suites that use this
 * without editing them.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import type { z } from "zod";
import type { Action, Entity, Role } from "@/lib/auth/permissions";
import type { RouteOptions } from "@/lib/server/route";
import { IMPORT_ENTITIES } from "@/lib/import/columns";
import { EXPORTABLE } from "@/lib/server/inventory/export-csv";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { embeddedPGliteOf } from "@/lib/server/db/create-client";
import type { SqlRunner } from "@/lib/server/db/migrate";
import { pgliteRunner, pgRunner } from "@/lib/server/db/runners";
import { tableChecksums, type TableChecksum } from "@/lib/server/db/table-checksums";
import { startSession } from "@/lib/server/auth/sessions";
import { demoEmail, seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { requestHeaders } from "./next-headers";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
const ROOT = path.resolve(__dirname, "../..");
const COOKIE = "authjs.session-token";
const TEST_AUTH_SECRET = "test-secret-for-in-process-requests-0123456789";

export interface App {
  db: PrismaClient;
  kind: TestDb["kind"];
  checksums(): Promise<TableChecksum[]>;
  /** The Cookie header of a fresh session of the demo user with this role. */
  cookieOf(role: Role): Promise<string>;
  close(): Promise<void>;
}

/** A seeded database the app's modules (lib/server/db/client) will use; call before importing them. */
export async function startApp(): Promise<App> {
  process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;
  const test = await createTestDb();
  await seedDemo(test.db, { password: "harness-password" });
  (globalThis as { tierscopeDb?: PrismaClient }).tierscopeDb = test.db;
  let runner: SqlRunner;
  let client: pg.Client | undefined;
  if (test.kind === "embedded") runner = pgliteRunner(embeddedPGliteOf(test.db)!);
  else {
    client = new pg.Client({ connectionString: test.url });
    await client.connect();
    runner = pgRunner(client);
  }
  return {
    db: test.db,
    kind: test.kind,
    checksums: () => tableChecksums(runner),
    cookieOf: async (role) =>
      sessionCookie(
        test.db,
        await test.db.user.findUniqueOrThrow({ where: { email: demoEmail(role) } }),
      ),
    close: async () => {
      await client?.end();
      await test.close();
    },
  };
}

/** The Cookie header of a new server-side session of `user`, as signing in would set it. */
export async function sessionCookie(db: PrismaClient, user: { id: string; role: Role }) {
  process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;
  const sid = await startSession(db, user.id);
  const token = await encode({
    token: { sub: user.id, uid: user.id, sid, role: user.role },
    secret: process.env.AUTH_SECRET,
    salt: COOKIE,
  });
  return `${COOKIE}=${token}`;
}

export interface RouteFile {
  /** the URL path pattern, e.g. /api/vendors/[id] */
  pattern: string;
  file: string;
  /** dynamic segment names, in order */
  segments: string[];
}

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else found.push(full);
  }
  return found;
}

/** Every app/api/**\/route.ts. */
export function listRoutes(): RouteFile[] {
  return walk(path.join(ROOT, "app/api"))
    .filter((f) => path.basename(f) === "route.ts")
    .sort()
    .map((file) => {
      const pattern = `/${path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).join("/")}`;
      const segments = [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]);
      return { pattern, file, segments };
    });
}

/** Every module under app/ that declares "use server" (server actions), by path from app/. */
export function listActionFiles(): string[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")))
    .sort();
}

/** Which table an `[id]` under a collection names. */
const TABLE_OF_COLLECTION: Record<string, string> = {
  vendors: "Vendor",
  models: "AiModel",
  deployments: "Deployment",
  contracts: "Contract",
  clauses: "ContractClause",
  groups: "CountryGroup",
  scenarios: "PolicyScenario",
};

/**
 * Values for a route's dynamic segments that name something: the first row of the collection for
 * `[id]`, every importable or exportable list for `[entity]`, 1 for `[version]`. A new segment
 * name needs a line here (the suites fail, naming it, until it has one).
 */
export async function sampleParams(app: App, route: RouteFile) {
  let combos: Record<string, string>[] = [{}];
  for (const segment of route.segments) {
    let values: string[];
    if (segment === "id") {
      const collection = route.pattern.split("/[id]")[0].split("/").pop()!;
      const table = TABLE_OF_COLLECTION[collection];
      if (!table)
        throw new Error(
          `No sample id for ${route.pattern}: add its collection to TABLE_OF_COLLECTION`,
        );
      const rows = await app.db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM "${table}" ORDER BY id LIMIT 1`,
      );
      values = [rows[0].id];
    } else if (segment === "entity") values = [...new Set([...IMPORT_ENTITIES, ...EXPORTABLE])];
    else if (segment === "version") values = ["1"];
    else throw new Error(`No sample value for the path segment [${segment}] of ${route.pattern}`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [segment]: v })));
  }
  return combos;
}

export function fillPath(pattern: string, params: Record<string, string>) {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => encodeURIComponent(params[name]));
}

export const relativeToRoot = (file: string) => path.relative(ROOT, file);

type Handler = (
  request: NextRequest,
  segment: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export interface Call {
  method: Method;
  url: string;
  params?: Record<string, string>;
  cookie?: string | null;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  text: string;
}

/** Calls a route handler as Next.js would; a streamed answer is read to its end (events: cut). */
export async function callRoute(handler: Handler, call: Call): Promise<Answer> {
  const headers = new Headers(call.headers);
  if (call.cookie) headers.set("cookie", call.cookie);
  if (call.contentType) headers.set("content-type", call.contentType);
  headers.set("host", "127.0.0.1");
  const abort = new AbortController();
  const request = new NextRequest(new URL(call.url, "http://127.0.0.1"), {
    method: call.method,
    headers,
    body: call.body,
    signal: abort.signal,
  });
  const response = await requestHeaders.run(headers, () =>
    handler(request, { params: Promise.resolve(call.params ?? {}) }),
  );
  let text = "";
  if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
    abort.abort();
    await response.body?.cancel();
  } else text = await response.text();
  return { status: response.status, text };
}

/** Runs a server action with the given cookie, as the browser's POST would. */
export function callAction<T>(action: () => Promise<T>, cookie: string | null): Promise<T> {
  const headers = new Headers();
  if (cookie) headers.set("cookie", cookie);
  headers.set("host", "127.0.0.1");
  return requestHeaders.run(headers, action);
}

export type RouteHandler = Handler & { route?: RouteOptions<z.ZodType | undefined> };

/** A route file's exported method handlers, with the options they were defined with (if any). */
export async function loadHandlers(route: RouteFile) {
  const exported = (await import(route.file)) as Record<string, unknown>;
  return METHODS.filter((m) => typeof exported[m] === "function").map((method) => ({
    method,
    handler: exported[method] as RouteHandler,
  }));
}

export type ActionResultLike = { ok: boolean; code?: string };
export interface ActionEntry {
  name: string;
  run: (input: unknown) => Promise<ActionResultLike>;
  /** what defineAction was given; absent for a function not made with it */
  options?: { permission: [Action, Entity]; schema: z.ZodType };
}

/** A server-action module's exported functions. */
export async function loadActions(file: string): Promise<ActionEntry[]> {
  const exported = (await import(file)) as Record<string, unknown>;
  return Object.entries(exported)
    .filter(([, value]) => typeof value === "function")
    .map(([name, value]) => ({
      name,
      run: value as ActionEntry["run"],
      options: (value as { action?: ActionEntry["options"] }).action,
    }));
}
