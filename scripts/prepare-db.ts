/**
 * Run by the start script before Next.js starts: applies pending migrations, then seeds demo data
 * into an empty database. Demo passwords are random per install unless DEMO_PASSWORD is set (tests);
 * they are printed once and kept in .data/demo-logins.txt (owner-readable only).
 *   --migrate-only   apply migrations and stop
 *   --force-seed     seed even if users exist (an empty database is still required by unique keys)
 */
import fs from "node:fs";
import path from "node:path";
import { openMigratedDb } from "./lib/open-db";
import type { DemoLogin } from "@/lib/server/seed/seed-demo";

function print(logins: DemoLogin[]) {
  const width = Math.max(...logins.map((l) => l.email.length));
  const lines = logins.map((l) => `  ${l.role.padEnd(11)} ${l.email.padEnd(width)}  ${l.password}`);
  const file = path.resolve(".data", "demo-logins.txt");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `Tierscope demo logins\n${lines.join("\n")}\n`, { mode: 0o600 });
  console.log(
    `\n  Demo logins (also in ${path.relative(process.cwd(), file)}):\n${lines.join("\n")}\n`,
  );
}

async function main() {
  const opened = await openMigratedDb();
  const { applied } = opened;
  console.log(
    `› Migrations: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"} (${opened.migrateMs} ms)`,
  );
  if (process.argv.includes("--migrate-only")) return opened.close();
  const db = opened.connect();
  try {
    const { seedDemo, seedIfEmpty } = await import("@/lib/server/seed/seed-demo");
    const password = process.env.DEMO_PASSWORD || undefined;
    const logins = process.argv.includes("--force-seed")
      ? await seedDemo(db, { password })
      : await seedIfEmpty(db, { password });
    if (logins) print(logins);
    else
      console.log(
        "› Existing data kept (demo logins from the first start are in .data/demo-logins.txt).",
      );
  } finally {
    await opened.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
