/**
 * `npm run db:backup` while the app runs on the embedded database: the script finds the running
 * server's address and token beside the data folder and gets the backup from it, instead of being
 * refused by the folder lock. The server's route is served here by a plain HTTP server calling the
 * route handler; the script runs as its own process, as a user would start it.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createMemoryDb, type TestDb } from "@/lib/server/testing/test-db";
import { embeddedPGliteOf } from "./create-client";
import { restoreBackup } from "./backup";
import { localServerFileOf } from "./local-server";
import { pgliteRunner } from "./runners";
import { tableChecksums } from "./table-checksums";

vi.mock("server-only", () => ({}));

const TOKEN = "local-backup-test-token";
// The embedded database only (on PostgreSQL the script connects itself): once, in the embedded pass.
const embeddedPass = process.env.TEST_DB !== "postgresql";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tierscope-local-backup-"));
const dataDir = path.join(dir, "pglite");
let t: TestDb;
let server: http.Server;
let url: string;

beforeAll(async () => {
  if (!embeddedPass) return;
  t = await createMemoryDb();
  await t.db.vendor.create({ data: { name: "Kept through the running server" } });
  (globalThis as { tierscopeDb?: unknown }).tierscopeDb = t.db;
  process.env.TIERSCOPE_LOCAL_TOKEN = TOKEN;
  const { GET } = await import("@/app/api/local/backup/route");
  server = http.createServer(async (req, res) => {
    const request = new NextRequest(`http://127.0.0.1${req.url}`, {
      headers: req.headers as Record<string, string>,
    });
    const answer = await GET(request);
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}, 120_000);

afterAll(async () => {
  server?.close();
  delete process.env.TIERSCOPE_LOCAL_TOKEN;
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run db:backup -- --out file` on the embedded folder the "server" holds. */
async function backupScript(file: string) {
  return promisify(execFile)(
    path.resolve("node_modules/.bin/tsx"),
    ["scripts/db-backup.ts", "--out", file],
    { env: { ...process.env, DATABASE_URL: "", TIERSCOPE_DATA_DIR: dataDir } },
  );
}

it.runIf(embeddedPass)(
  "a backup taken through the running server restores every row",
  async () => {
    fs.writeFileSync(localServerFileOf(dataDir), JSON.stringify({ url, token: TOKEN }), {
      mode: 0o600,
    });
    const file = path.join(dir, "through-server.jsonl.gz");
    const { stdout } = await backupScript(file);
    expect(stdout).toContain(`Backup taken by the running server (${url})`);
    expect(fs.statSync(file).mode & 0o077).toBe(0);

    const fresh = new PGlite();
    try {
      await restoreBackup(pgliteRunner(fresh), file);
      const source = await tableChecksums(pgliteRunner(embeddedPGliteOf(t.db)!));
      expect(await tableChecksums(pgliteRunner(fresh))).toEqual(source);
    } finally {
      await fresh.close();
    }
  },
  120_000,
);

it.runIf(embeddedPass)(
  "without the right token the server refuses, and the script says so",
  async () => {
    fs.writeFileSync(localServerFileOf(dataDir), JSON.stringify({ url, token: "guessed" }));
    await expect(backupScript(path.join(dir, "refused.jsonl.gz"))).rejects.toThrow(
      "The running server refused the backup (401",
    );
    const anonymous = await fetch(`${url}/api/local/backup`);
    expect(anonymous.status).toBe(401);
  },
  120_000,
);
