/**
 * Times the PDF of the full demo report (footprint and exposure, every scenario), drawn by
 * lib/server/report/report-pdf.tsx, on an in-memory database seeded with the demo data:
 *   npm run bench:report-pdf [-- --runs 3]
 * Prints one JSON line per scenario (build and PDF times, pages' size) and exits non-zero when a
 * PDF takes more than 10 s.
 */
import { parseArgs } from "node:util";
import { today } from "../lib/clock";
import { evaluateScenario } from "../lib/domain";
import { buildReport } from "../lib/domain/report/build-report";
import { loadInventory, loadScenario } from "../lib/server/engine/load-inventory";
import { reportPdfStream } from "../lib/server/report/report-pdf";
import { seedDemo } from "../lib/server/seed/seed-demo";
import { createMemoryDb } from "../lib/server/testing/test-db";

const { values } = parseArgs({ options: { runs: { type: "string", default: "2" } } });
const LIMIT_MS = 10_000;

async function main() {
  const t = await createMemoryDb();
  await seedDemo(t.db, { password: "bench-password" });
  const inventory = await loadInventory(t.db);
  let failed = false;
  for (const row of await t.db.policyScenario.findMany({ orderBy: { name: "asc" } })) {
    const scenario = (await loadScenario(t.db, row.id))!;
    const times: number[] = [];
    let bytes = 0;
    let build = 0;
    for (let run = 0; run < Number(values.runs); run++) {
      const started = performance.now();
      const report = buildReport(evaluateScenario(inventory, scenario, { asOf: today() }));
      build = performance.now() - started;
      const stream = await reportPdfStream(
        { report, compare: null, dataRevision: "bench", generatedAt: new Date().toISOString() },
        "http://localhost/help/risk-model",
      );
      bytes = (await new Response(stream).arrayBuffer()).byteLength;
      times.push(performance.now() - started);
    }
    const best = Math.min(...times);
    if (best > LIMIT_MS) failed = true;
    console.log(
      JSON.stringify({
        scenario: row.name,
        evaluateAndBuildMs: Math.round(build),
        pdfMs: times.map(Math.round),
        bytes,
        withinLimit: best <= LIMIT_MS,
      }),
    );
  }
  await t.close();
  process.exit(failed ? 1 : 0);
}

void main();
