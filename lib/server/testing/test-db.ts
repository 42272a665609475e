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
import { createPrismaClient, TRANSACTIONS } from "@/lib/server/db/create-client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { pgliteRunner, pgRunner } from "@/lib/server/db/runners";

export interface TestDb {
  db: PrismaClient;
  kind: "embedded" | "postgresql";
  /** PostgreSQL only: the temporary database's URL, for tests that open their own connections. */
  url?: string;
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

async function adminQuery(baseUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** An empty database on the server of `baseUrl`: its URL, and a function that drops it. */
export async function createTempDatabase(baseUrl: string, prefix = "tierscope_test") {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A migrated temporary database on the server of `baseUrl`, dropped on close. */
export async function createPostgresDb(baseUrl: string): Promise<TestDb> {
  const temp = await createTempDatabase(baseUrl);
  const conn = new pg.Client({ connectionString: temp.url });
  await conn.connect();
  await applyMigrations(pgRunner(conn));
  await conn.end();
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: temp.url }),
    transactionOptions: TRANSACTIONS,
  });
  return {
    db,
    kind: "postgresql",
    url: temp.url,
    close: async () => {
      await db.$disconnect();
      await temp.drop();
    },
  };
}

/** The database integration tests run on: PostgreSQL when TEST_DB=postgresql and DATABASE_URL is set. */
export function createTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (process.env.TEST_DB === "postgresql" && url) return createPostgresDb(url);
  return createMemoryDb();
}
