/**
 * Measures the matrix page's server response time against /api/health on a running server:
 *   npm run bench:matrix -- --base http://127.0.0.1:3000 [--requests 100] [--concurrency 4]
 * Signs in through Auth.js's credentials endpoint (BENCH_EMAIL / BENCH_PASSWORD, default the
 * executive demo user and DEMO_PASSWORD), warms every scenario's evaluation and the server's code,
 * then runs two phases. Each time is until the whole body has arrived.
 *   sequential  one request at a time, matrix (cycling through the scenarios) and health
 *               alternating: pure server time;
 *   under load  `concurrency` clients loop on the matrix page (the load) while one sampler
 *               alternates matrix and health requests, so both are measured under the same load.
 *               The load clients' own latency and throughput are printed too.
 *   after a change  `--changes` times (default 10, 0 skips it): a committed change through the REST
 *               API (the notes of a vendor the bench adds, as BENCH_EDITOR_EMAIL, default the
 *               compliance officer), then the first matrix request, whose evaluation starts afresh
 *               (every change moves the data revision the caches are keyed on), then a second
 *               one, served from the cache again. Printed separately; not part of the budget.
 * Prints one JSON line per phase and exits non-zero when a phase's matrix median exceeds 3× health's
 * (sequential and under load).
 */
import { parseArgs } from "node:util";
import { signIn as signInAt } from "./bench-sign-in";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    requests: { type: "string", default: "100" },
    warmup: { type: "string", default: "10" },
    concurrency: { type: "string", default: "4" },
    path: { type: "string", default: "/matrix" },
    changes: { type: "string", default: "10" },
  },
});
const base = values.base!;
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);

const signIn = (email?: string) => signInAt(base, email);

/** Time until the whole body has arrived, in ms. */
async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${body.slice(0, 200)}`);
  return performance.now() - started;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (n: number) => Math.round(n * 10) / 10;
  return { n: sorted.length, median: round(at(0.5)), p95: round(at(0.95)), max: round(at(1)) };
}

async function scenarioIds(cookie: string): Promise<string[]> {
  const html = await (await fetch(`${base}${values.path}`, { headers: { cookie } })).text();
  const select = html.match(/<select[^>]*id="scenario-picker"[\s\S]*?<\/select>/)?.[0] ?? "";
  return [...select.matchAll(/<option[^>]*value="([^"]+)"/g)].map((m) => m[1]);
}

async function main() {
  const cookie = await signIn();
  const ids = await scenarioIds(cookie);
  if (ids.length === 0) throw new Error("No scenario found on the matrix page.");
  const matrixUrl = (i: number) => `${base}${values.path}?scenario=${ids[i % ids.length]}`;
  const healthUrl = `${base}/api/health`;
  // Evaluations, views and the server's code paths warm up before anything is measured.
  for (let i = 0; i < Number(values.warmup) * ids.length; i++) {
    await timed(matrixUrl(i), cookie);
    await timed(healthUrl, "");
  }

  const seqMatrix: number[] = [];
  const seqHealth: number[] = [];
  for (let i = 0; i < requests; i++) {
    seqMatrix.push(await timed(matrixUrl(i), cookie));
    seqHealth.push(await timed(healthUrl, ""));
  }
  const sequentialOk = report("sequential", seqMatrix, seqHealth);

  const loadClients: number[] = [];
  const sampledMatrix: number[] = [];
  const sampledHealth: number[] = [];
  let done = false;
  const started = performance.now();
  const clients = Array.from({ length: concurrency }, async (_, c) => {
    for (let i = c; !done; i += concurrency) loadClients.push(await timed(matrixUrl(i), cookie));
  });
  for (let i = 0; i < requests; i++) {
    sampledMatrix.push(await timed(matrixUrl(i), cookie));
    sampledHealth.push(await timed(healthUrl, ""));
  }
  done = true;
  await Promise.all(clients);
  const seconds = (performance.now() - started) / 1000;
  const loadOk = report(
    `under load (${concurrency} matrix clients)`,
    sampledMatrix,
    sampledHealth,
    {
      loadClients: { ...stats(loadClients), perSecond: Math.round(loadClients.length / seconds) },
    },
  );
  process.exitCode = sequentialOk && loadOk ? 0 : 1;

  if (Number(values.changes) > 0) await afterChanges(cookie, matrixUrl(0), Number(values.changes));
}

/** Times the first matrix request after each of `n` changes, and the cached one after it. */
async function afterChanges(cookie: string, url: string, n: number) {
  const editor = await signIn(process.env.BENCH_EDITOR_EMAIL ?? "compliance@tierscope.local");
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { cookie: editor, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
    return JSON.parse(text) as { id: string; version: number };
  };
  let vendor = await send("POST", "/api/vendors", {
    name: `Bench change ${Date.now()}`,
    status: "ACTIVE",
  });
  const first: number[] = [];
  const cached: number[] = [];
  const changes: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    vendor = await send("PATCH", `/api/vendors/${vendor.id}`, {
      version: vendor.version,
      notes: `change ${i}`,
    });
    changes.push(performance.now() - started);
    first.push(await timed(url, cookie));
    cached.push(await timed(url, cookie));
  }
  console.log(
    JSON.stringify({
      phase: "first request after a change",
      change: stats(changes),
      firstMatrix: stats(first),
      cachedMatrix: stats(cached),
    }),
  );
}

function report(
  phase: string,
  matrix: number[],
  health: number[],
  extra: Record<string, unknown> = {},
): boolean {
  const m = stats(matrix);
  const h = stats(health);
  const ratio = Math.round((m.median / h.median) * 100) / 100;
  console.log(
    JSON.stringify({ phase, matrix: m, health: h, ratio, withinBudget: ratio <= 3, ...extra }),
  );
  return ratio <= 3;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
