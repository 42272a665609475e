/**
 * Latency of the scenario editor's live impact preview on the configured database (seed it with
 * `npm run db:seed-scale` first). Two measurements:
 *
 * - in-process (always): what POST /api/scenarios/[id]/preview does per keystroke once the
 *   inventory is cached — the data-revision query, evaluating the draft, diffing it against the
 *   saved evaluation and serialising the answer;
 * - over HTTP (with --url, needs DATABASE_URL so server and script share the database): signs in
 *   and times full preview round trips against a running server, cold (first) and warm.
 *
 *   npx tsx scripts/bench-preview.ts [--runs 30] [--url http://127.0.0.1:3202 --password …]
 */
import { parseArgs } from "node:util";
import { openMigratedDb } from "./lib/open-db";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "30" },
    scenario: { type: "string", default: "G7 trusted partners" },
    url: { type: "string" },
    email: { type: "string", default: "compliance@tierscope.local" },
    password: { type: "string", default: process.env.DEMO_PASSWORD ?? "" },
  },
});
const RUNS = Number(args.runs);

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: +at(0.5).toFixed(1), p95: +at(0.95).toFixed(1), max: +at(1).toFixed(1) };
};

async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // The proxy and the route may both set the CSRF cookie: the last one matches the token.
  const jar = new Map<string, string>();
  const keep = (headers: Headers) => {
    for (const c of headers.getSetCookie()) {
      const pair = c.split(";")[0];
      jar.set(pair.split("=")[0], pair);
    }
  };
  keep(csrf.headers);
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: [...jar.values()].join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base }),
  });
  keep(login.headers);
  if (![...jar.keys()].some((name) => name.endsWith("session-token")))
    throw new Error(`Sign-in as ${email} failed (${login.headers.get("location")}).`);
  return [...jar.values()].join("; ");
}

async function main() {
  const opened = await openMigratedDb();
  const db = opened.connect();
  try {
    const { evaluateScenario } = await import("@/lib/domain");
    const { today } = await import("@/lib/clock");
    const { dataRevision } = await import("@/lib/server/engine/data-revision");
    const { loadInventory, loadScenario } = await import("@/lib/server/engine/load-inventory");
    const { draftScenario, previewScenario } = await import("@/lib/server/engine/preview-scenario");
    const { readScenario } = await import("@/lib/server/scenarios/scenario-record");
    const { toScenarioInput } = await import("@/lib/server/scenarios/to-scenario-input");

    const row = await db.policyScenario.findUniqueOrThrow({ where: { name: args.scenario } });
    const input = toScenarioInput(await db.$transaction((tx) => readScenario(tx, row.id)));
    // Two drafts a user might type in turn: a stricter "outside" rule, and an extra country rule.
    const drafts = [
      {
        ...input,
        rules: input.rules.map((r, i) => (i === 1 ? { ...r, outcome: "RESTRICTED" as const } : r)),
      },
      {
        ...input,
        rules: [
          ...input.rules,
          {
            name: "Japan — US frontier models restricted",
            jurisdictions: {
              groupIds: [],
              countries: ["JP"],
              allOthers: false,
              excludeGroupIds: [],
              excludeCountries: [],
            },
            models: {
              all: false,
              originCodes: ["US"],
              vendorIds: [],
              weights: null,
              minTrainingComputeFlop: null,
              capabilityClasses: ["FRONTIER" as const],
              modelIds: [],
            },
            outcome: "RESTRICTED" as const,
            rationale: "",
            source: "",
            effectiveDate: null,
          },
        ],
      },
    ];

    let started = performance.now();
    const inventory = await loadInventory(db);
    const loadMs = performance.now() - started;
    started = performance.now();
    const saved = evaluateScenario(inventory, (await loadScenario(db, row.id))!, {
      asOf: today(),
    });
    const evaluateMs = performance.now() - started;

    const perKeystroke: number[] = [];
    let changed = 0;
    for (let i = 0; i < RUNS + 3; i++) {
      const t0 = performance.now();
      await dataRevision(db);
      const preview = previewScenario(saved, draftScenario(row.id, drafts[i % 2]));
      JSON.stringify(preview);
      if (i >= 3) perKeystroke.push(performance.now() - t0);
      changed = preview.cellsChanged;
    }
    const size = {
      models: inventory.models.length,
      jurisdictions: inventory.jurisdictions.length,
      deployments: inventory.deployments.length,
    };
    console.log(
      JSON.stringify({
        size,
        inventoryLoadMs: Math.round(loadMs),
        savedEvaluationMs: Math.round(evaluateMs),
        previewInProcessMs: stats(perKeystroke),
        lastDraftCellsChanged: changed,
      }),
    );

    if (args.url) {
      const cookie = await signIn(args.url, args.email, args.password);
      const post = async (body: unknown) => {
        const t0 = performance.now();
        const res = await fetch(`${args.url}/api/scenarios/${row.id}/preview`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: cookie },
          body: JSON.stringify(body),
        });
        if (!res.ok) throw new Error(`preview answered ${res.status}: ${await res.text()}`);
        await res.json();
        return performance.now() - t0;
      };
      const cold = await post(drafts[0]);
      const warm: number[] = [];
      for (let i = 0; i < RUNS; i++) warm.push(await post(drafts[i % 2]));
      console.log(
        JSON.stringify({ http: { firstRequestMs: Math.round(cold), warmMs: stats(warm) } }),
      );
    }
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
