#!/usr/bin/env node
// `npm run dev` / `npm start`: apply migrations, seed demo data into an empty database (printing the
// demo logins once), then start Next.js. With DATABASE_URL unset everything runs on embedded PGlite.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bin, ensureAuthSecret, loadDotEnv, PEER_ADDRESS, root, run, serverEnv } from "./lib.mjs";

const mode = process.argv[2] === "start" ? "start" : "dev";
const passthrough = process.argv.slice(3);

loadDotEnv();
ensureAuthSecret();
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.AUTH_TRUST_HOST ??= "true";
const where = process.env.DATABASE_URL
  ? "PostgreSQL (DATABASE_URL)"
  : `embedded PGlite in ${process.env.TIERSCOPE_DATA_DIR ?? ".data/pglite"}`;

console.log(`› Database: ${where}`);
const t = performance.now();
await run(bin("tsx"), ["scripts/prepare-db.ts"]);
console.log(`› Database ready (${((performance.now() - t) / 1000).toFixed(1)} s)`);

if (mode === "start" && !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("› No production build yet: running next build");
  await run(bin("next"), ["build"]);
}
// On the embedded database, `npm run db:backup` reaches this server with a token only the owner of
// the data folder can read (lib/server/db/local-server.ts).
const local = process.env.DATABASE_URL ? null : localServer();
await run(bin("next"), [mode, ...passthrough], {
  env: {
    ...(mode === "start"
      ? serverEnv()
      : {
          ...process.env,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${PEER_ADDRESS}`.trim(),
        }),
    ...(local && { TIERSCOPE_LOCAL_TOKEN: local.token }),
  },
}).finally(() => local && fs.rmSync(local.file, { force: true }));

function localServer() {
  const at = passthrough.findIndex((a) => a === "-p" || a === "--port");
  const port = at >= 0 ? passthrough[at + 1] : (process.env.PORT ?? "3000");
  const dir = path.resolve(process.env.TIERSCOPE_DATA_DIR ?? path.join(".data", "pglite"));
  const file = `${dir.replace(/[\\/]+$/, "")}.server.json`;
  const token = randomBytes(32).toString("hex");
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, JSON.stringify({ url: `http://127.0.0.1:${port}`, token }), {
    mode: 0o600,
  });
  return { file, token };
}
