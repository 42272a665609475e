/**
 * Times the inventory list queries over 100,000 deployments on PostgreSQL:
 *   DATABASE_URL=postgresql://… npm run bench:list [-- --deployments 100000 --runs 15]
 * Seeds the demo data plus a synthetic inventory into a temporary database (dropped at the end),
 * evaluates the active scenario once (as the app caches it), then runs each typical filter
 * combination `runs` times and prints the median and worst server time per query as one JSON line.
 * `--existing <url>` times a database that already holds the data (e.g. after npm run db:seed-scale)
 * instead, leaving it as it is.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { today } from "@/lib/clock";
import { evaluateScenario } from "@/lib/domain";
import { applyMigrations } from "@/lib/server/db/migrate";
import { pgRunner } from "@/lib/server/db/runners";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { listDeployments } from "@/lib/server/inventory/list-deployments";
import { listModels } from "@/lib/server/inventory/list-models";
import { listOptions } from "@/lib/server/inventory/list-options";
import { listVendors } from "@/lib/server/inventory/list-vendors";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { seedScale } from "@/lib/server/seed/seed-scale";
import { createTempDatabase } from "@/lib/server/testing/test-db";
import { deploymentList, modelList, vendorList } from "@/lib/validation/inventory-lists";

const { values } = parseArgs({
  options: {
    deployments: { type: "string", default: "100000" },
    models: { type: "string", default: "200" },
    runs: { type: "string", default: "15" },
    existing: { type: "string" },
  },
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A migrated database to time: the one given with --existing, or a fresh seeded temporary one. */
async function open(): Promise<{ url: string; seedMs: number; drop: () => Promise<void> }> {
  const migrate = async (url: string) => {
    const conn = new pg.Client({ connectionString: url });
    await conn.connect();
    await applyMigrations(pgRunner(conn));
    await conn.end();
  };
  if (values.existing) {
    await migrate(values.existing);
    return { url: values.existing, seedMs: 0, drop: async () => {} };
  }
  const server = process.env.DATABASE_URL;
  if (!server?.startsWith("postgres")) throw new Error("Set DATABASE_URL to a PostgreSQL server.");
  const temp = await createTempDatabase(server, "tierscope_bench");
  await migrate(temp.url);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: temp.url }) });
  const started = performance.now();
  try {
    await seedDemo(db, { password: "bench-password-not-used" });
    await seedScale(db, { models: Number(values.models), deployments: Number(values.deployments) });
  } finally {
    await db.$disconnect();
  }
  return { url: temp.url, seedMs: Math.round(performance.now() - started), drop: temp.drop };
}

async function main() {
  const target = await open();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  try {
    await db.$executeRawUnsafe("ANALYZE");
    const seedMs = target.seedMs;

    const scenario = await db.policyScenario.findFirstOrThrow({ orderBy: { isActive: "desc" } });
    const started = performance.now();
    const evaluation = evaluateScenario(
      await loadInventory(db),
      (await loadScenario(db, scenario.id))!,
      { asOf: today() },
    );
    const evaluateMs = Math.round(performance.now() - started);

    const g7 = await db.countryGroup.findFirstOrThrow({ where: { name: "G7" } });
    const vendor = await db.vendor.findFirstOrThrow({ where: { name: "OpenAI" } });
    const deploymentCases: Record<string, Record<string, string | string[]>> = {
      default: {},
      "status+country": { status: "LIVE", country: "DE" },
      "band HIGH": { band: "HIGH" },
      "band LOW (largest set)": { band: "LOW" },
      "band+group+status": { band: ["HIGH", "CRITICAL"], group: g7.id, status: "LIVE" },
      "vendor+region+unit": { vendor: vendor.id, region: "Europe", unit: "Engineering" },
      "search q": { q: "summar" },
      "cloud+sort users desc": { cloud: "AWS", sort: "users", dir: "desc" },
      "sort by risk": { sort: "risk", dir: "desc" },
      "band+sort by risk, page 40": { band: "MEDIUM", sort: "risk", dir: "desc", page: "40" },
      "status+unit+sort by risk": {
        status: "LIVE",
        unit: "Engineering",
        sort: "risk",
        dir: "desc",
      },
      "status+sort by risk (SQL ids)": { status: "LIVE", sort: "risk", dir: "desc" },
      "last page, size 100": { size: "100", page: "1000" },
    };
    const runs = Number(values.runs);
    const time = async (fn: () => Promise<{ total: number }>) => {
      const ms: number[] = [];
      let total = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        total = (await fn()).total;
        ms.push(performance.now() - t0);
      }
      return { medianMs: +median(ms).toFixed(1), maxMs: +Math.max(...ms).toFixed(1), total };
    };
    const results: Record<string, unknown> = {};
    for (const [name, params] of Object.entries(deploymentCases)) {
      const state = deploymentList.parse(params);
      results[`deployments: ${name}`] = await time(() => listDeployments(db, state, evaluation));
    }
    results["deployments: filter options"] = await time(async () => ({
      total: (await listOptions(db)).units.length,
    }));
    results["vendors: default"] = await time(() => listVendors(db, vendorList.parse({})));
    results["models: vendor+weights"] = await time(() =>
      listModels(db, modelList.parse({ weights: "CLOSED", capability: "FRONTIER" })),
    );
    console.log(
      JSON.stringify({
        deployments: await db.deployment.count(),
        models: await db.aiModel.count(),
        runs,
        seedMs,
        evaluateMs,
        results,
      }),
    );
  } finally {
    await db.$disconnect();
    await target.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
