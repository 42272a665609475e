/**
 * Fault: a throw-away PostgreSQL cluster (Debian's binaries, started by the test, never the
 * machine's server) is restarted while writers and readers run through the app's own client and
 * use case. Every write the app acknowledged must be there afterwards; a write that failed must
 * have been told "try again" (503), never a 500; writes succeed again without restarting the app.
 * Skipped where no PostgreSQL binaries are installed. FAULT_SECONDS (default 6) of load.
 */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { classifyDatabaseError, UnavailableError } from "@/lib/server/db/classify-error";
import { applyMigrations } from "@/lib/server/db/migrate";
import { pgRunner } from "@/lib/server/db/runners";
import { createVendor } from "@/lib/server/inventory/create-vendor";
import { vendorFieldsSchema } from "@/lib/validation/inventory";

vi.mock("server-only", () => ({}));

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

// Its own cluster whatever TEST_DB says: run once, in the embedded pass of `npm test`.
it.skipIf(!BIN || process.env.TEST_DB === "postgresql")(
  "a PostgreSQL restart under load loses no acknowledged write and the app recovers by itself",
  async () => {
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
  },
  120_000,
);
