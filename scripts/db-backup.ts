/**
 * Writes a backup of the configured database (every row, gzipped JSON lines; lib/server/db/backup.ts):
 *   npm run db:backup                      → .data/backups/tierscope-<date>.jsonl.gz
 *   npm run db:backup -- --out FILE
 * PostgreSQL (DATABASE_URL): works while servers run, from one consistent snapshot. The embedded
 * database: opened directly when no process holds it; while the server started by `npm start` /
 * `npm run dev` holds it, taken by that server (GET /api/local/backup with the token it left in
 * `<folder>.server.json`); refused while any other process holds it.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readBackupHeader, writeBackup } from "@/lib/server/db/backup";
import { readLocalServer } from "@/lib/server/db/local-server";
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
  if (!url && (await throughRunningServer(file))) return;
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

/** Asks the server holding the embedded folder for the backup; false when there is none to ask. */
async function throughRunningServer(file: string): Promise<boolean> {
  const server = readLocalServer(dataDir());
  if (!server) return false;
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(`${server.url}/api/local/backup`, {
      headers: { authorization: `Bearer ${server.token}` },
    });
  } catch {
    return false; // left behind by a server that is gone: open the folder instead
  }
  if (!response.ok)
    throw new Error(
      `The running server refused the backup (${response.status} from ${server.url}).`,
    );
  fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()), { mode: 0o600 });
  const header = await readBackupHeader(file);
  console.log(
    `› Backup taken by the running server (${server.url}), written to ${path.relative(process.cwd(), file)}: ` +
      `${header.tables.reduce((sum, t) => sum + t.rows, 0)} rows in ${header.tables.length} tables, ` +
      `${Math.round(performance.now() - started)} ms.`,
  );
  return true;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
