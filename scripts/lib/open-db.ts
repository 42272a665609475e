/**
 * For command-line scripts: applies pending migrations to the configured database (PostgreSQL when
 * DATABASE_URL is set, else the embedded PGlite folder) and opens one Prisma client on it.
 */
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { pgliteRunner, pgRunner } from "@/lib/server/db/runners";
import { createPrismaClient, dataDir } from "@/lib/server/db/create-client";
import { lockDataDir, releaseDataDir } from "@/lib/server/db/data-dir-lock";

export interface OpenDb {
  /** names of the migrations applied now */
  applied: string[];
  migrateMs: number;
  /** a client on the database; the one PGlite handle is reused (a data folder must never be opened twice) */
  connect(): PrismaClient;
  close(): Promise<void>;
}

export async function openMigratedDb(): Promise<OpenDb> {
  const started = performance.now();
  const url = process.env.DATABASE_URL;
  let pglite: PGlite | undefined;
  let applied: string[];
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      applied = await applyMigrations(pgRunner(client), undefined, { lock: true });
    } finally {
      await client.end();
    }
  } else {
    fs.mkdirSync(dataDir(), { recursive: true });
    // Refused, naming the process, while a server (or another script) has the folder open.
    lockDataDir(dataDir());
    pglite = new PGlite(dataDir());
    applied = await applyMigrations(pgliteRunner(pglite));
  }
  const migrateMs = Math.round(performance.now() - started);
  let db: PrismaClient | undefined;
  return {
    applied,
    migrateMs,
    connect: () => (db ??= createPrismaClient(pglite)),
    close: async () => {
      await db?.$disconnect();
      await pglite?.close();
      if (pglite) releaseDataDir(dataDir());
    },
  };
}
