/**
 * Fault: a throw-away PostgreSQL cluster (Debian's binaries, started by the test, never the
 * machine's server) is restarted while writers and readers run through the app's own client and
 * use case. Every write the app acknowledged must be there afterwards; a write that failed must
 * have been told "try again" (503), never a 500; writes succeed again without restarting the app,
 * and a live-update stream (app/api/live) opened before the restart reports a write made after it.
 * Skipped where no PostgreSQL binaries are installed. FAULT_SECONDS (default 6) of load.
 */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { classifyDatabaseError, UnavailableError } from "@/lib/server/db/classify-error";
import { applyMigrations } from "@/lib/server/db/migrate";
import { pgRunner } from "@/lib/server/db/runners";
import { createVendor } from "@/lib/server/inventory/create-vendor";
import { vendorFieldsSchema } from "@/lib/validation/inventory";
import { sessionCookie } from "./harness/app";
import { requestHeaders } from "./harness/next-headers";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => (await import("./harness/next-headers")).nextHeaders);

const versions = fs.existsSync("/usr/lib/postgresql")
  ? fs
      .readdirSync("/usr/lib/postgresql")
      .filter((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`))
  : [];
const BIN = versions.length
  ? `/usr/lib/postgresql/${versions.sort((a, b) => Number(b) - Number(a))[0]}/bin`
  : "";
const SECONDS = Number(process.env.FAULT_SECONDS ?? 6);
const PORT = 55_000 + (process.pid % 1000);
const asRoot = process.getuid?.() === 0;

let dir = "";
let db: PrismaClient | undefined;

/**
 * Runs a PostgreSQL tool; as root, as the postgres user (initdb refuses root). Asynchronously, so
 * the load keeps running while the server restarts.
 */
async function tool(name: string, args: string[]) {
  const [cmd, all] = asRoot
    ? ["runuser", ["-u", "postgres", "--", `${BIN}/${name}`, ...args]]
    : [`${BIN}/${name}`, args];
  return (await promisify(execFile)(cmd, all)).stdout;
}
const pgCtl = (...args: string[]) =>
  tool("pg_ctl", [
    "-D",
    `${dir}/data`,
    "-l",
    `${dir}/log`,
    "-w",
    "-o",
    `-p ${PORT} -k ${dir} -c listen_addresses=127.0.0.1`,
    ...args,
  ]);

beforeAll(async () => {
  if (!BIN || process.env.TEST_DB === "postgresql") return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tierscope-fault-"));
  if (asRoot) execFileSync("chown", ["postgres", dir]);
  await tool("initdb", ["-D", `${dir}/data`, "-A", "trust", "-U", "postgres", "--no-sync"]);
  await pgCtl("start");
  const url = `postgresql://postgres@127.0.0.1:${PORT}/postgres`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await applyMigrations(pgRunner(client));
  await client.end();
  process.env.DATABASE_URL = url;
  const { createPrismaClient } = await import("@/lib/server/db/create-client");
  db = createPrismaClient();
  // The app's modules (the live route, its change hub, the guards) use this client too.
  (globalThis as { tierscopeDb?: PrismaClient }).tierscopeDb = db;
}, 120_000);

afterAll(async () => {
  await db?.$disconnect().catch(() => {});
  if (dir) {
    try {
      await pgCtl("stop", "-m", "immediate");
    } catch {
      // already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Opens the live-update stream as a signed-in user, through the route handler itself, and collects
 * its events as they arrive.
 */
async function openLiveStream() {
  const user = await db!.user.create({
    data: { email: "fault-watcher@tierscope.local", name: "Watcher", passwordHash: "-" },
  });
  const headers = new Headers({ cookie: await sessionCookie(db!, user), host: "127.0.0.1" });
  const abort = new AbortController();
  const { GET } = await import("@/app/api/live/route");
  const request = new NextRequest("http://127.0.0.1/api/live", { headers, signal: abort.signal });
  const response = await requestHeaders.run(headers, () =>
    GET(request, { params: Promise.resolve({}) }),
  );
  const events: { event: string; data: string; at: number }[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        if (event)
          events.push({ event, data: /^data: (.*)$/m.exec(block)?.[1] ?? "", at: Date.now() });
      }
    }
  })().catch(() => {});
  return {
    events,
    close: () => {
      abort.abort();
      void reader.cancel().catch(() => {});
    },
  };
}

async function eventually(what: string, ok: () => boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Its own cluster whatever TEST_DB says: run once, in the embedded pass of `npm test`.
it.skipIf(!BIN || process.env.TEST_DB === "postgresql")(
  "a PostgreSQL restart under load loses no acknowledged write and the app recovers by itself",
  async () => {
    const live = await openLiveStream();
    await eventually("the stream to open", () => live.events.some((e) => e.event === "ready"));
    const acknowledged: string[] = [];
    const refusals: string[] = [];
    const unexpected: string[] = [];
    let restartedAt = 0;
    let restartDone = 0;
    let firstWriteAfterRestart = 0;
    let reads = 0;
    const until = Date.now() + SECONDS * 1000;
    // Load runs its time, and on until 3 s after the server is back.
    const running = () => Date.now() < until || !restartDone || Date.now() < restartDone + 3000;
    const outcome = (error: unknown) => {
      const mapped = classifyDatabaseError(error);
      if (mapped instanceof UnavailableError) refusals.push(mapped.message);
      else unexpected.push(String((error as Error).message).slice(0, 200));
    };
    const writer = async (w: number) => {
      for (let i = 0; running(); i++) {
        const name = `Fault ${w}-${i}`;
        const started = Date.now();
        try {
          await createVendor(
            db!,
            null,
            vendorFieldsSchema.parse({ name, status: "ACTIVE", hqCode: null, website: null }),
          );
          acknowledged.push(name);
          // Recovery: the first write begun after the server was back, acknowledged.
          if (restartDone && started >= restartDone && !firstWriteAfterRestart)
            firstWriteAfterRestart = Date.now();
        } catch (error) {
          outcome(error);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const reader = async () => {
      while (running()) {
        try {
          await db!.vendor.count();
          reads++;
        } catch (error) {
          outcome(error);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const restart = async () => {
      await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
      restartedAt = Date.now();
      await pgCtl("restart", "-m", "fast");
      restartDone = Date.now();
    };
    await Promise.all([writer(1), writer(2), writer(3), writer(4), reader(), reader(), restart()]);

    const stored = await db!.vendor.findMany({
      where: { name: { in: acknowledged } },
      select: { name: true },
    });
    const recoveryMs = firstWriteAfterRestart - restartedAt;
    console.log(
      `fault: ${acknowledged.length} acknowledged writes, ${acknowledged.length - stored.length} lost, ${reads} reads, ` +
        `${refusals.length} refused as 503 during the restart, ${unexpected.length} unexpected, restart took ${restartDone - restartedAt} ms, first new write acknowledged ${recoveryMs} ms after it began`,
    );
    expect(unexpected).toEqual([]);
    expect(stored.length).toBe(acknowledged.length);
    expect(firstWriteAfterRestart).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(0);

    // Live updates resume: the stream opened before the restart is told to refetch once its
    // listener is back (it may have missed changes), then hears of a write made after that.
    try {
      await eventually(
        `a resync after the restart (${live.events.map((e) => e.event).join()})`,
        () => live.events.some((e) => e.event === "resync" && e.at > restartedAt),
      );
      const written = Date.now();
      const vendor = await createVendor(
        db!,
        null,
        vendorFieldsSchema.parse({
          name: "After the restart",
          status: "ACTIVE",
          hqCode: null,
          website: null,
        }),
      );
      await eventually("the change event of a write after the restart", () =>
        live.events.some(
          (e) =>
            e.event === "change" &&
            (JSON.parse(e.data) as { entityId: string }).entityId === vendor.id,
        ),
      );
      const heard = live.events.find((e) => e.event === "change" && e.data.includes(vendor.id))!;
      console.log(
        `fault: live stream reported the write after the restart in ${heard.at - written} ms`,
      );
      expect(live.events.map((e) => e.event)).not.toContain("signed-out");
    } finally {
      live.close();
    }
  },
  120_000,
);
