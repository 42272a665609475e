/**
 * Writes a new migration with the SQL that brings the committed migrations to prisma/schema.prisma:
 *   npm run db:new-migration -- <name_in_snake_case>
 * Uses `prisma migrate diff --from-migrations`, which replays the migrations on a throw-away
 * in-memory shadow database; `prisma migrate dev` cannot run here (its data-loss check asks the
 * WebAssembly engine for a shadow database it will not take from a driver adapter). Touches no data.
 * Review the SQL before committing it.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(1);
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tierscope-migration-"));
const env: NodeJS.ProcessEnv = { ...process.env, TIERSCOPE_DATA_DIR: path.join(scratch, "pglite") };
delete env.DATABASE_URL;
const diff = spawnSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { env, encoding: "utf8" },
);
fs.rmSync(scratch, { recursive: true, force: true });
if (diff.status !== 0) {
  console.error(diff.stderr || diff.stdout);
  process.exit(diff.status ?? 1);
}
const sql = diff.stdout.trim();
if (!sql || /^-- This is an empty migration\.?$/m.test(sql)) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
console.log(`Wrote ${dir}/migration.sql:\n\n${sql}\n`);
