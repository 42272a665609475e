/**
 * Restores a backup written by `npm run db:backup`:
 *   npm run db:restore -- FILE
 * The embedded database (default): refused while the server runs. The backup is restored into a
 * new folder, checked, and only then put in place; the previous folder is kept beside it as
 * `<folder>.before-restore-<date>`. PostgreSQL (DATABASE_URL): the database must be new and empty
 * (`createdb tierscope_restored`, then point DATABASE_URL at it), so nothing is ever overwritten.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreBackup } from "@/lib/server/db/backup";
import { dataDir } from "@/lib/server/db/create-client";
import { lockEmbedded, openEmbedded, openPostgres, releaseDataDir } from "./lib/raw-db";

const { positionals } = parseArgs({ allowPositionals: true });

async function restoreEmbedded(file: string) {
  const dir = dataDir();
  lockEmbedded(dir, "restore");
  const fresh = `${dir}.restoring`;
  try {
    fs.rmSync(fresh, { recursive: true, force: true });
    const db = await openEmbedded(fresh);
    let header;
    try {
      header = await restoreBackup(db.runner, file);
    } finally {
      await db.close();
    }
    if (fs.existsSync(dir)) {
      const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
      const kept = `${dir}.before-restore-${stamp}`;
      fs.renameSync(dir, kept);
      console.log(`› The previous database is kept in ${path.relative(process.cwd(), kept)}.`);
    }
    fs.renameSync(fresh, dir);
    return header;
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
    releaseDataDir(dir);
  }
}

async function main() {
  const file = positionals[0];
  if (!file || !fs.existsSync(file))
    throw new Error("Usage: npm run db:restore -- FILE (a backup written by npm run db:backup)");
  const started = performance.now();
  const url = process.env.DATABASE_URL;
  let header;
  if (url) {
    const db = await openPostgres(url);
    try {
      header = await restoreBackup(db.runner, file);
    } finally {
      await db.close();
    }
  } else header = await restoreEmbedded(file);
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `› Restored ${rows} rows in ${header.tables.length} tables from the backup of ${header.createdAt} ` +
      `(${header.source}); every table's rows match the backup's checksums. ${Math.round(performance.now() - started)} ms.`,
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
