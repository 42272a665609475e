/**
 * Applies the committed SQL migrations in prisma/migrations, in order, recording them in Prisma's own
 * `_prisma_migrations` table (same columns, same sha256 checksums) so `prisma migrate status` and
 * `migrate deploy` agree with it. In-process, so the embedded database is opened, migrated and
 * closed cleanly (the Prisma CLI keeps PGlite open for ~10 s after it finishes). On PostgreSQL an
 * advisory lock lets several server processes start at once.
 */
import fs from "node:fs";
import path from "node:path";
import { createHash, randomUUID } from "node:crypto";

export interface SqlRunner {
  /** runs a script of one or more statements without parameters */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// An arbitrary constant: the key of the advisory lock that serialises migrations.
const LOCK_KEY = 72_707_362;

export async function applyMigrations(
  runner: SqlRunner,
  migrations: Migration[] = readMigrations(),
  { lock = false }: { lock?: boolean } = {},
): Promise<string[]> {
  if (lock) await runner.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
  try {
    await runner.exec(CREATE_TABLE);
    const rows = await runner.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const done = new Map(
      rows
        .filter((r) => r.finished_at && !r.rolled_back_at)
        .map((r) => [r.migration_name, r.checksum]),
    );
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed)
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and needs attention before the app can start.`,
      );
    const applied: string[] = [];
    for (const m of migrations) {
      const checksum = done.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum)
          throw new Error(`Migration ${m.name} was changed after it was applied.`);
        continue;
      }
      await runner.exec("BEGIN");
      try {
        await runner.exec(m.sql);
        await runner.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await runner.exec("COMMIT");
      } catch (error) {
        await runner.exec("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    if (lock) await runner.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
  }
}
