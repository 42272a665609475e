/**
 * Load run on a running server (autocannon): the overview, matrix and list pages and a write mix,
 * each first timed alone (sequential median), then under `--users` concurrent connections for
 * `--seconds`. Prints p50/p95/p99, requests and errors (non-2xx, timeouts, socket errors) per
 * target, and whether p95 under load stays within 3× the unloaded median.
 *   npm run bench:load -- --base http://127.0.0.1:3000 [--users 50] [--seconds 20] [--json]
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
    json: { type: "boolean", default: false },
  },
});
const base = values.base!;
const users = Number(values.users);
const seconds = Number(values.seconds);

interface Target {
  name: string;
  requests: autocannon.Request[];
}

const PAGES = ["/", "/matrix", "/vendors", "/models", "/deployments", "/contracts"];

function percentile(sorted: number[], q: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
}

async function unloadedMedian(target: Target, cookie: string, n = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const request = target.requests[i % target.requests.length];
    const body =
      typeof request.setupRequest === "function"
        ? (request.setupRequest({ ...request }, {}) as autocannon.Request).body
        : request.body;
    const started = performance.now();
    const response = await fetch(`${base}${request.path}`, {
      method: request.method ?? "GET",
      headers: { cookie, ...(request.headers as Record<string, string> | undefined) },
      body: body as string | undefined,
    });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return percentile(
    times.sort((a, b) => a - b),
    0.5,
  );
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
    const { latencies, result } = await underLoad(target, cookie);
    const sorted = latencies.sort((a, b) => a - b);
    const p95 = percentile(sorted, 0.95);
    const row = {
      target: target.name,
      users,
      requests: result.requests.total,
      unloadedMedianMs: Math.round(median),
      p50Ms: Math.round(percentile(sorted, 0.5)),
      p95Ms: Math.round(p95),
      p99Ms: Math.round(percentile(sorted, 0.99)),
      errors: result.errors + result.timeouts + result.non2xx,
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
