/**
 * Latency of the assessment preview (POST /api/clauses/[id]/assessment-preview) on a synthetic
 * inventory of 100,000 deployments (scripts/bench.ts) with channels: a quarter each through three
 * cloud providers and the model vendors' APIs, the rest on premises. The clause previewed belongs to
 * the largest cloud provider's model-service agreement, so about a quarter of the inventory is
 * covered and re-scored: the worst case for one contract.
 *
 *   npm run bench:assessment-preview [-- --json]
 */
import { performance } from "node:perf_hooks";
import { evaluateScenario, previewClauseAssessment } from "../lib/domain";
import type { Contract, Inventory } from "../lib/domain/types";
import { buildInventory, buildScenario } from "./bench";

const RUNS = 15;
const AS_OF = "2026-11-29";
const CLOUDS = ["AZURE", "AWS", "GCP"];

function withChannels(base: Inventory): { inventory: Inventory; clauseId: string } {
  const vendors = base.vendors.map((v, i) =>
    i < CLOUDS.length ? { ...v, cloudProvider: CLOUDS[i] } : v,
  );
  const channels = [...CLOUDS, "VENDOR_API"];
  const deployments = base.deployments.map((d, i) => ({
    ...d,
    cloudProvider: i % 5 === 4 ? "ON_PREM" : channels[i % 5],
  }));
  const cloudAgreements: Contract[] = CLOUDS.map((cloud, i) => ({
    id: `ctr-cloud-${cloud}`,
    vendorId: vendors[i].id,
    title: `${cloud} model service agreement`,
    coverage: "MODEL_SERVICE",
    effectiveDate: "2024-01-01",
    expiryDate: null,
    clauses: [
      { id: `cl-${cloud}-col`, type: "CHANGE_OF_LAW", assessment: "ADEQUATE" },
      { id: `cl-${cloud}-res`, type: "DATA_RESIDENCY", assessment: "ADEQUATE" },
      { id: `cl-${cloud}-exp`, type: "EXPORT_CONTROL", assessment: "ADEQUATE" },
    ],
  }));
  return {
    inventory: {
      ...base,
      vendors,
      deployments,
      contracts: [...base.contracts, ...cloudAgreements],
    },
    clauseId: "cl-AZURE-col",
  };
}

function main() {
  const { inventory, clauseId } = withChannels(buildInventory(1));
  const scenario = buildScenario(inventory, 2);
  const evaluation = evaluateScenario(inventory, scenario, { asOf: AS_OF });
  const times: number[] = [];
  let result = previewClauseAssessment(evaluation, clauseId, "WEAK")!;
  for (let run = 0; run < RUNS + 3; run++) {
    const start = performance.now();
    result = previewClauseAssessment(evaluation, clauseId, run % 2 ? "MISSING" : "WEAK")!;
    if (run >= 3) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = +times[Math.floor(times.length / 2)].toFixed(1);
  const max = +times[times.length - 1].toFixed(1);
  const summary = {
    deployments: inventory.deployments.length,
    covered: result.covered,
    changed: result.changes.length,
    medianMs: median,
    maxMs: max,
  };
  if (process.argv.includes("--json")) console.log(JSON.stringify(summary));
  else {
    console.table(summary);
    console.log(
      `assessment preview: ${median} ms median (max ${max} ms) over ${summary.deployments} deployments, ${summary.covered} covered by the contract, ${summary.changed} would change`,
    );
  }
}

main();
