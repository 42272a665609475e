/**
 * Writes a backup of the configured database (every row, gzipped JSON lines; lib/server/db/backup.ts):
 *   npm run db:backup                      → .data/backups/tierscope-<date>.jsonl.gz
 *   npm run db:backup -- --out FILE
 * PostgreSQL (DATABASE_URL): works while servers run, from one consistent snapshot. The embedded
 * database: refused while the server has the folder open (stop it first).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeBackup } from "@/lib/server/db/backup";
import { dataDir } from "@/lib/server/db/create-client";
import { lockEmbedded, openEmbedded, openPostgres, releaseDataDir } from "./lib/raw-db";

const { values } = parseArgs({ options: { out: { type: "string" } } });

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  const file = path.resolve(
    values.out ?? path.join(".data", "backups", `tierscope-${stamp}.jsonl.gz`),
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const url = process.env.DATABASE_URL;
  if (!url) lockEmbedded(dataDir(), "back up");
  const db = url ? await openPostgres(url) : await openEmbedded(dataDir());
  try {
    const started = performance.now();
    const header = await writeBackup(db.runner, file, url ? "postgresql" : "embedded");
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    const size = fs.statSync(file).size;
    console.log(
      `› Backup written to ${path.relative(process.cwd(), file)}: ${rows} rows in ${header.tables.length} tables, ` +
        `${(size / 1024).toFixed(0)} KB, ${Math.round(performance.now() - started)} ms.`,
    );
  } finally {
    await db.close();
    if (!url) releaseDataDir(dataDir());
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
