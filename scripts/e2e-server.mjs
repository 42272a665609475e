#!/usr/bin/env node
// Serves the production build on a fresh database for the browser journeys. Demo users share the
// password in E2E_PASSWORD (default below) so journeys can sign in; this database is thrown away.
// `--empty`: no demo (TIERSCOPE_DEMO=0), for the first-run journey (e2e/empty-install.spec.ts),
// on its own database so it can run beside the demo server.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { bin, ensureAuthSecret, root, run, serverEnv } from "./lib.mjs";

const port = process.argv[2] ?? "3100";
const empty = process.argv.includes("--empty");
const env = {
  ...process.env,
  ...(empty && { TIERSCOPE_DEMO: "0" }),
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_TRUST_HOST: "true",
  DEMO_PASSWORD: process.env.E2E_PASSWORD ?? "e2e-demo-password",
};
ensureAuthSecret();
env.AUTH_SECRET = process.env.AUTH_SECRET;

let cleanup = async () => {};
if (process.env.DATABASE_URL) {
  // One fixed name, dropped first: if the runner kills this server before cleanup, the next run
  // reclaims the database instead of leaving another one behind.
  // E2E_DB_NAME lets two checkouts on one machine run their journeys side by side.
  const name = `${process.env.E2E_DB_NAME ?? "tierscope_e2e"}${empty ? "_empty" : ""}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`E2E_DB_NAME must be a plain identifier`);
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tierscope-e2e-"));
  env.TIERSCOPE_DATA_DIR = path.join(dir, "pglite");
  cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
}

// The demo server copies its seeded data so each spec file can start from it (POST /api/e2e/reset,
// e2e/README.md); E2E_SCALE=1 takes the copy after the scale data set is added.
const scale = !empty && process.env.E2E_SCALE === "1";
if (!empty) env.TIERSCOPE_E2E_RESET = "1";
const snapshot = empty ? [] : ["--e2e-snapshot"];
await run(bin("tsx"), ["scripts/prepare-db.ts", ...(scale ? [] : snapshot)], { env, quiet: true });
// E2E_SCALE=1: the scale data set (200 models × 250 jurisdictions × 20,000 deployments) on top
// of the demo data, for the journeys that measure speed (e2e/scale.spec.ts).
if (scale) {
  // E2E_SCALE_MODELS / E2E_SCALE_DEPLOYMENTS: a smaller set (e2e/scale-server.ts).
  const size = [
    ...(process.env.E2E_SCALE_MODELS ? ["--models", process.env.E2E_SCALE_MODELS] : []),
    ...(process.env.E2E_SCALE_DEPLOYMENTS
      ? ["--deployments", process.env.E2E_SCALE_DEPLOYMENTS]
      : []),
  ];
  await run(bin("tsx"), ["scripts/seed-scale.ts", ...size], { env });
  await run(bin("tsx"), ["scripts/prepare-db.ts", ...snapshot], { env, quiet: true });
}
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")))
  await run(bin("next"), ["build"], { env });

const server = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", port], {
  cwd: root,
  env: serverEnv(env),
  stdio: "inherit",
});
const stop = async () => {
  server.kill("SIGTERM");
  await cleanup().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", async (code) => {
  await cleanup().catch(() => {});
  process.exit(code ?? 0);
});
