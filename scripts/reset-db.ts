/**
 * `npm run db:reset`: throws the database away so the next start sets it up afresh (the demo
 * company, or an empty install with TIERSCOPE_DEMO=0). The embedded database folder is removed —
 * refused, naming the process, while a server holds it; on PostgreSQL (DATABASE_URL) every table
 * of the `public` schema is dropped, only with `-- --yes`.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { dataDir } from "@/lib/server/db/create-client";
import { lockDataDir, releaseDataDir } from "@/lib/server/db/data-dir-lock";

const NEXT_START = "The next `npm start` (or `npm run dev`) sets it up again.";

async function resetPostgres(url: string) {
  if (!process.argv.includes("--yes")) {
    const db = new URL(url).pathname.slice(1);
    throw new Error(
      `This drops every table of the PostgreSQL database "${db}" (DATABASE_URL). Stop the servers using it, then run: npm run db:reset -- --yes`,
    );
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
  console.log(`› PostgreSQL database emptied. ${NEXT_START}`);
}

function resetEmbedded() {
  const dir = dataDir();
  if (!fs.existsSync(dir)) {
    console.log(`› No embedded database in ${dir}: nothing to reset.`);
    return;
  }
  // Refused with the holder's pid while a server or script has the folder open.
  lockDataDir(dir);
  try {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.resolve(".data", "demo-logins.txt"), { force: true });
  } finally {
    releaseDataDir(dir);
  }
  const shown = path.relative(process.cwd(), dir);
  console.log(
    `› Removed the embedded database in ${shown.startsWith("..") ? dir : shown}. ${NEXT_START}`,
  );
}

// The same configuration as `npm start` (scripts/lib.mjs loadDotEnv).
if (fs.existsSync(".env")) process.loadEnvFile(".env");
const url = process.env.DATABASE_URL;
(url ? resetPostgres(url) : Promise.resolve().then(resetEmbedded)).then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
