import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { lockDataDir } from "./data-dir-lock";
import { createPGliteAdapterFactory } from "./pglite-adapter";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.TIERSCOPE_DATA_DIR ?? ".data/pglite");
}

/**
 * How long a transaction may wait for a connection and run. Prisma's defaults (2 s, 5 s) turned 50
 * simultaneous writes on PostgreSQL's 10-connection pool into failures; waiting longer lets them
 * queue and be answered (a version conflict, a save) instead.
 */
export const TRANSACTIONS = { maxWait: 10_000, timeout: 15_000 };

// The live-update listener needs the PGlite handle behind an embedded client to LISTEN on it.
const embedded = new WeakMap<PrismaClient, PGlite>();
const pools = new WeakMap<PrismaClient, pg.Pool>();

/**
 * The connection pool a PostgreSQL client runs on; undefined for embedded databases. Only for a
 * fixed single-row read made on every request (the data revision), which costs a fraction of a
 * millisecond less without Prisma's query pipeline.
 */
export function poolOf(db: PrismaClient): pg.Pool | undefined {
  return pools.get(db);
}

/** The PGlite instance an embedded client runs on; undefined for PostgreSQL. */
export function embeddedPGliteOf(db: PrismaClient): PGlite | undefined {
  return embedded.get(db);
}

function embeddedClient(dataDirOrClient: string | PGlite): PrismaClient {
  const pglite = dataDirOrClient instanceof PGlite ? dataDirOrClient : new PGlite(dataDirOrClient);
  const db = new PrismaClient({
    adapter: createPGliteAdapterFactory(pglite),
    transactionOptions: TRANSACTIONS,
  });
  embedded.set(db, pglite);
  return db;
}

/** Without arguments: the configured database. With a PGlite instance: that one (tests). */
export function createPrismaClient(pglite?: PGlite): PrismaClient {
  if (pglite) return embeddedClient(pglite);
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    pool.on("error", (error) => console.error("PostgreSQL pool:", error.message));
    const db = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTIONS });
    pools.set(db, pool);
    return db;
  }
  const dir = dataDir();
  // PGlite does not create parent folders.
  fs.mkdirSync(dir, { recursive: true });
  // `next build` loads route modules in its workers to read their settings, while a server may be
  // running: they never query, so they do not take the folder.
  if (process.env.NEXT_PHASE !== "phase-production-build") lockDataDir(dir);
  return embeddedClient(dir);
}

export function databaseKind(): "postgresql" | "embedded" {
  return process.env.DATABASE_URL ? "postgresql" : "embedded";
}
