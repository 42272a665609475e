/**
 * The one Prisma client of the app. DATABASE_URL set → PostgreSQL (@prisma/adapter-pg);
 * unset → the embedded PGlite database in TIERSCOPE_DATA_DIR (default ./.data/pglite).
 * PGlite is single-process: only the server process opens the folder.
 */
import "server-only";
import { createPrismaClient, type Db } from "./create-client";

const globalForDb = globalThis as unknown as { tierscopeDb?: Db };

export const db: Db = globalForDb.tierscopeDb ?? createPrismaClient();
// Dev reloads modules; keep one client (and one PGlite handle) per process.
globalForDb.tierscopeDb = db;
