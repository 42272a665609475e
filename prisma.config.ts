/**
 * Prisma CLI configuration. Only Prisma's WebAssembly engines run on machines that reach nothing but
 * the npm registry (see docs/decisions/0001-database-prisma-pglite.md), so the CLI talks to the
 * database through the same driver adapters as the app:
 * - DATABASE_URL unset → embedded PGlite in TIERSCOPE_DATA_DIR (default ./.data/pglite);
 * - DATABASE_URL set   → PostgreSQL through @prisma/adapter-pg.
 */
import path from "node:path";
import fs from "node:fs";
import { defineConfig } from "prisma/config";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

// The CLI checks for native engines it never uses; point the check at a file that exists.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= __filename;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= __filename;
const url = process.env.DATABASE_URL;
// The 6.x schema validator wants a postgresql:// URL even though the adapter decides where queries go.
process.env.DATABASE_URL ??= "postgresql://localhost/embedded";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter(): Promise<SqlMigrationAwareDriverAdapterFactory> {
    if (url) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      const factory = new PrismaPg({ connectionString: url });
      // adapter-pg 7.10 "shadow" connections reach the main database: never let migrate dev reset it.
      Object.assign(factory, {
        connectToShadowDb: async () => {
          throw new Error("Create migrations on the embedded database (npm run db:new-migration).");
        },
      });
      return factory as unknown as SqlMigrationAwareDriverAdapterFactory;
    }
    const { createPGliteAdapterFactory } = await import("./lib/server/db/pglite-adapter");
    const dir = path.resolve(process.env.TIERSCOPE_DATA_DIR ?? ".data/pglite");
    fs.mkdirSync(dir, { recursive: true });
    return createPGliteAdapterFactory(dir);
  },
});
