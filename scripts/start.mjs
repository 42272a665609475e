#!/usr/bin/env node
// `npm run dev` / `npm start`: apply migrations, seed demo data into an empty database (printing the
// demo logins once), then start Next.js. With DATABASE_URL unset everything runs on embedded PGlite.
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
await run(bin("next"), [mode, ...passthrough], {
  env:
    mode === "start"
      ? serverEnv()
      : {
          ...process.env,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${PEER_ADDRESS}`.trim(),
        },
});
