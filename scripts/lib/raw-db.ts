/**
 * For the backup scripts: a plain SQL connection to the configured database (PostgreSQL when
 * DATABASE_URL is set, else an embedded PGlite folder), without Prisma. An embedded folder is
 * locked first, so a running server (or another script) makes the script stop with a message
 * naming that process.
 */
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { SqlRunner } from "@/lib/server/db/migrate";
import { pgliteRunner, pgRunner } from "@/lib/server/db/runners";
import { DataDirInUseError, lockDataDir, releaseDataDir } from "@/lib/server/db/data-dir-lock";

export interface RawDb {
  runner: SqlRunner;
  close(): Promise<void>;
}

export async function openPostgres(url: string): Promise<RawDb> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { runner: pgRunner(client), close: () => client.end() };
}

/** Takes the embedded folder `dir` for this process; `doing` names the task in the refusal. */
export function lockEmbedded(dir: string, doing: string): void {
  try {
    lockDataDir(dir);
  } catch (error) {
    if (error instanceof DataDirInUseError)
      throw new Error(
        `Cannot ${doing} while process ${error.holder.pid} (${error.holder.command}) has the embedded database open: ` +
          "stop the server first, then run this again. (On PostgreSQL, DATABASE_URL, a backup can be taken while servers run.)",
      );
    throw error;
  }
}

/** Opens the PGlite folder `dir` (locked by the caller with lockEmbedded). */
export async function openEmbedded(dir: string): Promise<RawDb> {
  fs.mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  return {
    runner: pgliteRunner(pglite),
    close: async () => {
      await pglite.close();
    },
  };
}

export { releaseDataDir };
