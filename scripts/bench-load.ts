/**
 * Load run on a running server: the overview, matrix and list pages and a write mix, each first
 * timed alone (sequential median), then under `--users` concurrent users for `--seconds`. Prints
 * p50/p95/p99, requests and errors (non-2xx, timeouts, socket errors) per target, and whether p95
 * under load stays within 3× the unloaded median.
 *   npm run bench:load -- --base http://127.0.0.1:3000 [--users 50] [--seconds 20] [--think 5] [--json]
 * Two models of "50 users" (docs/decisions, the load-model record):
 * - `--think S` (default 5): each user is a person who opens a page, reads it for a random time
 *   (exponential, mean S seconds) and opens the next, as a load-testing tool's virtual users do.
 * - `--think 0`: every user fires its next request the moment the last one answers (autocannon, 50
 *   open connections). This is a saturation test: it measures throughput, and its latency is the
 *   queue (users ÷ throughput), not what a person waits for.
 * Signs in as BENCH_EMAIL (default the compliance officer, who may write) with BENCH_PASSWORD or
 * DEMO_PASSWORD. For the figures the issue asks for, run it on the scale data
 * (`npm run db:seed-scale` before starting the server). The write mix creates vendors named
 * "Load <n>" and so changes the database.
 */
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { signIn } from "./bench-sign-in";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    users: { type: "string", default: "50" },
    seconds: { type: "string", default: "20" },
    think: { type: "string", default: "5" },
    json: { type: "boolean", default: false },
  },
});
const base = values.base!;
const users = Number(values.users);
const seconds = Number(values.seconds);
const thinkSeconds = Number(values.think);

interface Target {
  name: string;
  requests: autocannon.Request[];
}

const PAGES = ["/", "/matrix", "/vendors", "/models", "/deployments", "/contracts"];

function percentile(sorted: number[], q: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
}

/** One request as a user makes it: its time to the last byte, and whether it succeeded. */
async function timeRequest(request: autocannon.Request, cookie: string) {
  const body =
    typeof request.setupRequest === "function"
      ? (request.setupRequest({ ...request }, {}) as autocannon.Request).body
      : request.body;
  const started = performance.now();
  try {
    const response = await fetch(`${base}${request.path}`, {
      method: request.method ?? "GET",
      headers: { cookie, ...(request.headers as Record<string, string> | undefined) },
      body: body as string | undefined,
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.ok };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

async function unloadedMedian(target: Target, cookie: string, n = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++)
    times.push((await timeRequest(target.requests[i % target.requests.length], cookie)).ms);
  return percentile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

interface LoadRun {
  latencies: number[];
  requests: number;
  errors: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `users` people, each opening the target's pages in turn and reading each for a random time
 * (exponential with mean `thinkSeconds`), for `seconds`. Starts are spread over one think time. */
async function usersThinking(target: Target, cookie: string): Promise<LoadRun> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const think = () => -Math.log(1 - Math.random()) * thinkSeconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      await pause(Math.random() * thinkSeconds * 1000);
      for (let i = user; Date.now() < end; i++) {
        const { ms, ok } = await timeRequest(target.requests[i % target.requests.length], cookie);
        latencies.push(ms);
        if (!ok) errors++;
        await pause(think());
      }
    }),
  );
  return { latencies, requests: latencies.length, errors };
}

function underLoad(target: Target, cookie: string) {
  const latencies: number[] = [];
  return new Promise<{ latencies: number[]; result: autocannon.Result }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: users,
        duration: seconds,
        timeout: 30,
        headers: { cookie },
        requests: target.requests,
      },
      (error, result) => (error ? reject(error) : resolve({ latencies, result })),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
}

async function main() {
  process.env.BENCH_EMAIL ??= "compliance@tierscope.local";
  const cookie = await signIn(base);
  let n = 0;
  const targets: Target[] = [
    ...PAGES.map((path) => ({ name: `GET ${path}`, requests: [{ method: "GET" as const, path }] })),
    {
      name: "write mix (1 create : 3 list reads)",
      requests: [
        {
          method: "POST",
          path: "/api/vendors",
          headers: { "content-type": "application/json" },
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({
              name: `Load ${process.pid}-${n++}`,
              status: "ACTIVE",
              hqCode: null,
              website: null,
            }),
          }),
        },
        { method: "GET", path: "/api/vendors" },
        { method: "GET", path: "/api/deployments" },
        { method: "GET", path: "/api/models" },
      ],
    },
  ];
  const rows = [];
  for (const target of targets) {
    // Warm the code paths and caches, then time requests one at a time.
    await unloadedMedian(target, cookie, 3);
    const median = await unloadedMedian(target, cookie);
    const run: LoadRun =
      thinkSeconds > 0
        ? await usersThinking(target, cookie)
        : await underLoad(target, cookie).then(({ latencies, result }) => ({
            latencies,
            requests: result.requests.total,
            errors: run.errors,
          }));
    const sorted = run.latencies.sort((a, b) => a - b);
    const p95 = percentile(sorted, 0.95);
    const row = {
      target: target.name,
      users,
      thinkSeconds,
      requests: run.requests,
      unloadedMedianMs: Math.round(median),
      p50Ms: Math.round(percentile(sorted, 0.5)),
      p95Ms: Math.round(p95),
      p99Ms: Math.round(percentile(sorted, 0.99)),
      errors: run.errors,
      p95WithinThreeTimesMedian: p95 <= 3 * median,
    };
    rows.push(row);
    if (values.json) console.log(JSON.stringify(row));
  }
  if (!values.json) console.table(rows);
  return rows.every((r) => r.errors === 0) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
