/**
 * Isolated databases for integration tests: an in-memory PGlite per test file (the default), or a
 * fresh temporary database on the PostgreSQL server named by DATABASE_URL (TEST_DB=postgresql).
 * Migrations are applied by the same code as at app start (lib/server/db/migrate.ts).
 */
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/server/db/create-client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { pgliteRunner, pgRunner } from "@/lib/server/db/runners";

export interface TestDb {
  db: PrismaClient;
  kind: "embedded" | "postgresql";
  close(): Promise<void>;
}

export async function createMemoryDb(): Promise<TestDb> {
  const pglite = new PGlite();
  await applyMigrations(pgliteRunner(pglite));
  const db = createPrismaClient(pglite);
  return {
    db,
    kind: "embedded",
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

/** A temporary database on the server of `baseUrl`, dropped on close. */
export async function createPostgresDb(baseUrl: string): Promise<TestDb> {
  const name = `tierscope_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const conn = new pg.Client({ connectionString: url.toString() });
  await conn.connect();
  await applyMigrations(pgRunner(conn));
  await conn.end();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  return {
    db,
    kind: "postgresql",
    close: async () => {
      await db.$disconnect();
      const drop = new pg.Client({ connectionString: baseUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** The database integration tests run on: PostgreSQL when TEST_DB=postgresql and DATABASE_URL is set. */
export function createTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (process.env.TEST_DB === "postgresql" && url) return createPostgresDb(url);
  return createMemoryDb();
}
