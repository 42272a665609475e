/**
 * Times a 10,000-row deployment CSV import on PostgreSQL, end to end (parse + validate + commit),
 * and a re-import of the same file, on a temporary database with the demo inventory:
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:import [-- --rows 10000 --runs 3]
 * Prints the median of the runs as JSON (milliseconds). Each run imports fresh refs, so every run
 * creates 10,000 rows.
 */
import { parseArgs } from "node:util";
import { createPostgresDb } from "@/lib/server/testing/test-db";
import { buildDeploymentCsv } from "@/lib/server/testing/deployment-csv";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { runImport, type ImportPhase } from "@/lib/server/import/run-import";

const { values } = parseArgs({
  options: { rows: { type: "string", default: "10000" }, runs: { type: "string", default: "3" } },
});
const rows = Number(values.rows);
const runs = Number(values.runs);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (ms: number) => Math.round(ms);

async function timed(
  run: Parameters<typeof runImport>[1] & object,
  db: Parameters<typeof runImport>[0],
) {
  const firstSeen = new Map<ImportPhase, number>();
  const started = performance.now();
  const outcome = await runImport(db, {
    ...run,
    onProgress: (p) => {
      if (!firstSeen.has(p.phase)) firstSeen.set(p.phase, performance.now());
    },
  });
  const ended = performance.now();
  const validateStart = firstSeen.get("validate") ?? ended;
  const commitStart = firstSeen.get("commit") ?? ended;
  return {
    outcome,
    // parse ends when loading the lookups starts; "validate" includes that load
    totalMs: ended - started,
    parseAndLoadMs: validateStart - started,
    validateMs: commitStart - validateStart,
    commitMs: ended - commitStart,
  };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "Set DATABASE_URL to a PostgreSQL server (a temporary database is created there).",
    );
  const t = await createPostgresDb(url);
  try {
    await seedDemo(t.db);
    const actorId = (await t.db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } })).id;
    const first: Awaited<ReturnType<typeof timed>>[] = [];
    const again: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 1; i <= runs; i++) {
      const text = await buildDeploymentCsv(t.db, rows, `BENCH${i}`);
      const base = {
        entity: "deployments" as const,
        text,
        fileName: "bench.csv",
        mode: "commit" as const,
        actorId,
      };
      const a = await timed(base, t.db);
      if (!a.outcome.committed || a.outcome.counts.create !== rows)
        throw new Error("The import did not create every row.");
      first.push(a);
      const b = await timed(base, t.db);
      if (b.outcome.counts.unchanged !== rows)
        throw new Error("The re-import was not all unchanged.");
      again.push(b);
    }
    const summary = (xs: typeof first) => ({
      totalMs: round(median(xs.map((x) => x.totalMs))),
      parseAndLoadMs: round(median(xs.map((x) => x.parseAndLoadMs))),
      validateMs: round(median(xs.map((x) => x.validateMs))),
      commitMs: round(median(xs.map((x) => x.commitMs))),
    });
    const reachRows = await t.db.deploymentReach.count({
      where: { deployment: { ref: { startsWith: "BENCH1-" } } },
    });
    console.log(
      JSON.stringify(
        {
          database: "postgresql",
          rows,
          reachRowsPerImport: reachRows,
          runs,
          import: summary(first),
          reimport: summary(again),
          budgetMs: 10_000,
        },
        null,
        2,
      ),
    );
  } finally {
    await t.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
