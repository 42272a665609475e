/**
 * Benchmark of the policy and risk engine on a deterministic synthetic inventory:
 * 1,000 models × 250 jurisdictions, 100,000 deployments, a 50-rule scenario.
 * `npm run bench` prints a table; `npm run bench -- --json` prints one JSON line.
 */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { diffEvaluations, evaluateScenario } from "../lib/domain";
import { DEFAULT_METHODOLOGY, type Methodology } from "../lib/domain/methodology/methodology";
import { previewMethodology } from "../lib/server/engine/preview-methodology";
import { parseMethodology } from "../lib/validation/methodology";
import {
  CAPABILITY_CLASSES,
  CLAUSE_ASSESSMENTS,
  CLAUSE_TYPES,
  OUTCOMES,
  type AiModel,
  type Contract,
  type CountryGroup,
  type Deployment,
  type Inventory,
  type PolicyRule,
  type Scenario,
} from "../lib/domain/types";

const MODELS = 1_000;
const JURISDICTIONS = 250;
const GROUPS = 20;
const DEPLOYMENTS = 100_000;
const VENDORS = 60;
const RULES = 50;
const RUNS = 9;
const WARM_UP = 3;
const AS_OF = "2026-11-29";
const EVALUATE_BUDGET_MS = 250;
const FLOOR_FACTOR_BUDGET = 10;
const PREVIEW_BUDGET_MS = 300;

/** A methodology as the server gets it: JSON from the database, validated, with its version. */
function storedMethodology(edit: (m: Methodology) => Methodology): Methodology {
  const parsed = parseMethodology(JSON.parse(JSON.stringify(edit(DEFAULT_METHODOLOGY))));
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return parsed.methodology;
}

/** mulberry32: small, fast and reproducible. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, sample };
}

export function buildInventory(seed: number): Inventory {
  const r = prng(seed);
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const codes = Array.from(
    { length: JURISDICTIONS },
    (_, i) => letters[Math.floor(i / 26) % 26] + letters[i % 26],
  );
  const regions = ["Americas", "Europe", "Asia", "Africa", "Middle East", "Oceania"];
  const jurisdictions = codes.map((code, i) => ({
    code,
    name: `Country ${code}`,
    region: regions[i % regions.length],
    subRegion: null,
  }));
  const groups: CountryGroup[] = Array.from({ length: GROUPS }, (_, g) => ({
    id: `grp-${g}`,
    name: `Group ${g}`,
    members: r.sample(codes, 5 + r.int(g < 3 ? 120 : 40)),
  }));
  const origins = codes.slice(0, 12);
  const vendors = Array.from({ length: VENDORS }, (_, v) => ({
    id: `vnd-${v}`,
    name: `Vendor ${v}`,
    hqCode: origins[v % origins.length],
  }));
  const models: AiModel[] = Array.from({ length: MODELS }, (_, m) => {
    const vendor = vendors[r.int(VENDORS)];
    return {
      id: `mdl-${String(m).padStart(4, "0")}`,
      vendorId: vendor.id,
      name: `Model ${m}`,
      originCode: r.next() < 0.05 ? null : r.next() < 0.9 ? vendor.hqCode : r.pick(origins),
      weights: r.next() < 0.05 ? null : r.next() < 0.4 ? "OPEN" : "CLOSED",
      trainingComputeFlop: r.next() < 0.1 ? null : 10 ** (22 + r.next() * 5),
      capabilityClass: r.pick(CAPABILITY_CLASSES),
    };
  });
  const zones = Array.from({ length: 8 }, () => r.sample(codes, 25 + r.int(10)));
  const units = [
    "Finance",
    "HR",
    "Legal",
    "Claims",
    "Marketing",
    "Research",
    "Customer Service",
    "Operations",
    "IT",
    "Sales",
  ];
  const deployments: Deployment[] = Array.from({ length: DEPLOYMENTS }, (_, d) => {
    const roll = r.next();
    const served = r.pick(codes);
    // Fresh arrays per deployment, as the database mapping would produce them.
    const reach =
      roll < 0.85
        ? [served, ...r.sample(codes, r.int(3))]
        : roll < 0.97
          ? [...r.pick(zones)]
          : [...codes];
    return {
      id: `dep-${d}`,
      ref: `DEP-${String(d).padStart(6, "0")}`,
      modelId: models[r.int(MODELS)].id,
      jurisdictionCode: served,
      processingScope: roll < 0.85 ? "REGIONAL" : roll < 0.97 ? "ZONE" : "GLOBAL",
      reach,
      businessUnit: r.pick(units),
      dataSensitivity: 1 + r.int(5),
      businessCriticality: 1 + r.int(5),
      users: Math.floor(10 ** (1 + r.next() * 5)),
      status: r.next() < 0.05 ? "RETIRED" : r.next() < 0.1 ? "PLANNED" : "LIVE",
      fallbackModelId: r.next() < 0.5 ? models[r.int(MODELS)].id : null,
    };
  });
  const contracts: Contract[] = vendors.flatMap((vendor, v) =>
    Array.from({ length: 1 + r.int(2) }, (_, c) => ({
      id: `ctr-${v}-${c}`,
      vendorId: vendor.id,
      effectiveDate: r.pick(["2024-01-01", "2025-06-01", "2027-01-01"]),
      expiryDate: r.pick([null, "2026-06-30", "2028-12-31"]),
      clauses: r.sample(CLAUSE_TYPES, 3 + r.int(6)).map((type, k) => ({
        id: `cl-${v}-${c}-${k}`,
        type,
        assessment: r.pick(CLAUSE_ASSESSMENTS),
      })),
    })),
  );
  return { jurisdictions, groups, vendors, models, deployments, contracts };
}

export function buildScenario(inventory: Inventory, seed: number): Scenario {
  const r = prng(seed);
  const groupIds = inventory.groups.map((g) => g.id);
  const codes = inventory.jurisdictions.map((j) => j.code);
  const rules: PolicyRule[] = Array.from({ length: RULES }, (_, i) => {
    const allOthers = r.next() < 0.2;
    const criterion = r.int(4);
    return {
      id: `rule-${String(i).padStart(2, "0")}`,
      name: `Rule ${i}`,
      jurisdictions: {
        groupIds: allOthers ? [] : r.sample(groupIds, 1 + r.int(2)),
        countries: allOthers ? [] : r.sample(codes, r.int(4)),
        allOthers,
        excludeGroupIds: allOthers ? r.sample(groupIds, 1 + r.int(2)) : [],
        excludeCountries: r.sample(codes, r.int(3)),
      },
      models: {
        all: false,
        originCodes: criterion === 0 ? r.sample(codes.slice(0, 12), 1 + r.int(3)) : [],
        vendorIds:
          criterion === 1
            ? r.sample(
                inventory.vendors.map((v) => v.id),
                1 + r.int(4),
              )
            : [],
        weights: criterion === 2 || r.next() < 0.3 ? r.pick(["OPEN", "CLOSED"] as const) : null,
        minTrainingComputeFlop: criterion === 3 ? r.pick([1e24, 1e25, 1e26]) : null,
        capabilityClasses: r.next() < 0.3 ? r.sample(CAPABILITY_CLASSES, 1 + r.int(2)) : [],
        modelIds: [],
      },
      outcome: r.pick(OUTCOMES.slice(1)),
      rationale: "synthetic",
      source: "synthetic",
      effectiveDate: r.next() < 0.1 ? "2027-03-01" : null,
    };
  });
  return { id: `scn-${seed}`, name: `Synthetic ${seed}`, defaultOutcome: "ALLOWED", rules };
}

/** Scenario B: A with a few rules tightened or loosened, the typical "what if" comparison. */
function variantOf(scenario: Scenario): Scenario {
  const rules = scenario.rules.map((rule, i) => {
    if (i % 10 === 0) return { ...rule, outcome: "PROHIBITED" as const };
    if (i % 10 === 5)
      return {
        ...rule,
        jurisdictions: {
          ...rule.jurisdictions,
          excludeGroupIds: [...rule.jurisdictions.excludeGroupIds, "grp-0"],
        },
      };
    return rule;
  });
  return { ...scenario, id: `${scenario.id}-b`, rules };
}

/** Reads every cell and every deployment's fields and reach once, the least any evaluation must do. */
function floor(inventory: Inventory, cells: Uint8Array): number {
  let checksum = 0;
  for (let c = 0; c < cells.length; c++) checksum += cells[c];
  const deployments = inventory.deployments;
  for (let d = 0; d < deployments.length; d++) {
    const dep = deployments[d];
    checksum +=
      dep.modelId.length +
      dep.jurisdictionCode.length +
      dep.dataSensitivity +
      dep.businessCriticality +
      (dep.users & 7);
    checksum += dep.status.length + (dep.fallbackModelId === null ? 0 : 1);
    const reach = dep.reach;
    for (let i = 0; i < reach.length; i++) checksum += reach[i].charCodeAt(0);
  }
  return checksum;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const result = fn();
  return [performance.now() - start, result];
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as (() => void) | undefined;

/** Each timed run starts from a collected heap, so no run pays for the previous run's garbage. */
function collectGarbage(): void {
  gc?.();
}

function main(): void {
  const json = process.argv.includes("--json");
  const inventory = buildInventory(42);
  const scenarioA = buildScenario(inventory, 7);
  const scenarioB = variantOf(scenarioA);
  // The configurable method: scores use a stored (JSON, validated) methodology, not the constant.
  const methodology = storedMethodology((m) => ({ ...m, version: 3 }));
  const opts = { asOf: AS_OF, methodology };

  const evaluateTimes: number[] = [];
  let evaluation = evaluateScenario(inventory, scenarioA, opts);
  for (let run = 1; run < WARM_UP; run++) evaluation = evaluateScenario(inventory, scenarioA, opts);
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const [ms, result] = time(() => evaluateScenario(inventory, scenarioA, opts));
    evaluateTimes.push(ms);
    evaluation = result;
  }
  collectGarbage();
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;

  const before = evaluation;
  const after = evaluateScenario(inventory, scenarioB, opts);
  const diffTimes: number[] = [];
  let changes = diffEvaluations(before, after);
  for (let run = 1; run < WARM_UP; run++) changes = diffEvaluations(before, after);
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const [ms, result] = time(() => diffEvaluations(before, after));
    diffTimes.push(ms);
    changes = result;
  }

  // The admin editor's preview: an edited weight, evaluated and compared with the saved evaluation.
  const edited = storedMethodology((m) => ({
    ...m,
    likelihood: { ...m.likelihood, accessPoints: { ...m.likelihood.accessPoints, ALLOWED: 2 } },
  }));
  const previewTimes: number[] = [];
  let preview = previewMethodology(before, edited);
  for (let run = 1; run < WARM_UP; run++) preview = previewMethodology(before, edited);
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const [ms, result] = time(() => previewMethodology(before, edited));
    previewTimes.push(ms);
    preview = result;
  }

  const cells = evaluation.internals.matrix.outcome;
  const floorTimes: number[] = [];
  let checksum = floor(inventory, cells);
  for (let run = 1; run < WARM_UP; run++) checksum += floor(inventory, cells);
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const [ms, result] = time(() => floor(inventory, cells));
    floorTimes.push(ms);
    checksum += result;
  }

  const result = {
    models: inventory.models.length,
    jurisdictions: inventory.jurisdictions.length,
    deployments: inventory.deployments.length,
    evaluateMs: Number(median(evaluateTimes).toFixed(1)),
    diffMs: Number(median(diffTimes).toFixed(1)),
    floorMs: Number(median(floorTimes).toFixed(2)),
    methodologyPreviewMs: Number(median(previewTimes).toFixed(1)),
    heapMB: Number(heapMB.toFixed(1)),
  };
  const overBudget = [
    result.evaluateMs > EVALUATE_BUDGET_MS && `evaluate > ${EVALUATE_BUDGET_MS} ms`,
    result.evaluateMs > FLOOR_FACTOR_BUDGET * result.floorMs &&
      `evaluate > ${FLOOR_FACTOR_BUDGET}× floor`,
    result.methodologyPreviewMs > PREVIEW_BUDGET_MS &&
      `methodology preview > ${PREVIEW_BUDGET_MS} ms`,
  ].filter((x): x is string => typeof x === "string");
  if (overBudget.length > 0) process.exitCode = 1;
  if (json) {
    console.log(JSON.stringify({ ...result, overBudget }));
    return;
  }
  const portfolio = evaluation.rollups.portfolio;
  console.table({
    "evaluate (median ms)": result.evaluateMs,
    "diff (median ms)": result.diffMs,
    "floor (median ms)": result.floorMs,
    "evaluate / floor": Number((result.evaluateMs / result.floorMs).toFixed(1)),
    "methodology preview (median ms)": result.methodologyPreviewMs,
    "heap after evaluation (MB)": result.heapMB,
  });
  console.log(
    `${result.models} models × ${result.jurisdictions} jurisdictions, ${result.deployments} deployments, ${RULES} rules; ` +
      `portfolio worst ${portfolio.worstBand}, ${portfolio.findings} findings (${JSON.stringify(portfolio.bands)}); ` +
      `diff: ${changes.cells.length} cells, ${changes.deployments.length} deployments changed; floor checksum ${checksum}`,
  );
  console.log(
    `methodology v${methodology.version}; preview (Allowed access 1 → 2): ${preview.bandChanges} of ${preview.deployments} deployments change band; ` +
      (overBudget.length > 0
        ? `OVER BUDGET: ${overBudget.join(", ")}`
        : `within budgets (evaluate ≤ ${EVALUATE_BUDGET_MS} ms and ≤ ${FLOOR_FACTOR_BUDGET}× floor, preview ≤ ${PREVIEW_BUDGET_MS} ms)`),
  );
}

// Importable for profiling without running the benchmark.
if (process.argv[1]?.endsWith("bench.ts")) main();
