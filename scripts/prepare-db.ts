/**
 * Run by the start script before Next.js starts: applies pending migrations, then sets up a
 * database without users (lib/server/setup/first-start.ts): the demo company by default, an empty
 * install with TIERSCOPE_DEMO=0. Demo passwords are random per install unless DEMO_PASSWORD is set
 * (tests); they are printed once and kept in .data/demo-logins.txt (owner-readable only).
 *   --migrate-only   apply migrations and stop
 *   --demo           the demo company even with TIERSCOPE_DEMO=0 (npm run db:seed)
 *   --e2e-snapshot   then copy the data for the browser journeys' reset (seed-snapshot.ts)
 */
import fs from "node:fs";
import path from "node:path";
import { openMigratedDb } from "./lib/open-db";
import { inTransaction, takeSeedSnapshot } from "@/lib/server/testing/seed-snapshot";
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
    const { firstStart } = await import("@/lib/server/setup/first-start");
    const env = process.argv.includes("--demo")
      ? { ...process.env, TIERSCOPE_DEMO: "1" }
      : process.env;
    const done = await firstStart(db, env, {
      demoPassword: process.env.DEMO_PASSWORD || undefined,
    });
    if (done.kind === "demo") {
      print(done.logins);
      if (done.admin) console.log(`› Administrator ${done.admin} added (TIERSCOPE_ADMIN_EMAIL).`);
    } else if (done.kind === "empty")
      console.log(`› Empty install set up with the administrator ${done.admin}.`);
    else if (done.kind === "setup page")
      console.log(
        "› Empty database (TIERSCOPE_DEMO=0): open the app and create the first administrator on /setup.",
      );
    else console.log("› Existing data kept.");
    if (process.argv.includes("--e2e-snapshot")) await inTransaction(db, takeSeedSnapshot);
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
