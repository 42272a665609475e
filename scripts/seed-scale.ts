/**
 * Adds a synthetic inventory to the configured database (demo data is seeded first if the database
 * is empty), for measuring pages and queries at scale:
 *   npm run db:seed-scale -- --models 200 --deployments 20000
 * Uses DATABASE_URL when set, else the embedded folder (TIERSCOPE_DATA_DIR or .data/pglite).
 */
import { parseArgs } from "node:util";
import { openMigratedDb } from "./lib/open-db";

const { values } = parseArgs({
  options: {
    models: { type: "string", default: "200" },
    deployments: { type: "string", default: "20000" },
    seed: { type: "string", default: "42" },
  },
});
const count = (name: string, raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number, got "${raw}"`);
  return n;
};

async function main() {
  const target = {
    models: count("models", values.models!),
    deployments: count("deployments", values.deployments!),
    seed: count("seed", values.seed!),
  };
  const opened = await openMigratedDb();
  const db = opened.connect();
  try {
    const { seedIfEmpty } = await import("@/lib/server/seed/seed-demo");
    const { seedScale } = await import("@/lib/server/seed/seed-scale");
    if (await seedIfEmpty(db, { password: process.env.DEMO_PASSWORD || undefined }))
      console.log(
        "› Demo data seeded first (logins: see npm run db:seed output or DEMO_PASSWORD).",
      );
    const started = performance.now();
    const result = await seedScale(db, target);
    const ms = Math.round(performance.now() - started);
    const totals = {
      models: await db.aiModel.count(),
      deployments: await db.deployment.count(),
      jurisdictions: await db.jurisdiction.count(),
    };
    console.log(JSON.stringify({ ...result, ms, totals }));
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
