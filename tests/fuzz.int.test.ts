/**
 * Fuzz: every mutating route handler (JSON bodies from its zod schema, CSV for imports, odd path
 * ids and query values) and every server action (inputs from its schema), called as an
 * administrator, who may do everything, so a refusal can only come from the input. No answer may be
 * a 5xx, and a refused request must leave every table as it was.
 *
 * FUZZ_RUNS (default 5) inputs per handler and action; FUZZ_SEED replays a run.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IMPORT_COLUMNS, isImportEntity } from "@/lib/import/columns";
import type { TableChecksum } from "@/lib/server/db/table-checksums";
import {
  callAction,
  callRoute,
  fillPath,
  listActionFiles,
  loadActions,
  loadHandlers,
  listRoutes,
  relativeToRoot,
  sampleParams,
  startApp,
  type Answer,
  type App,
} from "./harness/app";
import { inputsFor, MALFORMED, RAW_BODIES, type FuzzPools } from "./harness/fuzz-input";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => (await import("./harness/next-headers")).nextHeaders);
// Outside a Next.js server there is no page cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const RUNS = Number(process.env.FUZZ_RUNS ?? 5);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const BAD_PATH_VALUES = ["\u0000", "%ZZ", "x".repeat(300), "' OR 1=1 --", "../../etc/passwd"];

let app: App;
let cookie: string;
let pools: FuzzPools;
let baseline: TableChecksum[];
const tally = { requests: 0, serverErrors: 0, refused: 0, rowsChangedByRefused: 0 };

beforeAll(async () => {
  app = await startApp();
  cookie = await app.cookieOf("ADMIN");
  const admin = await app.db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  // Ids of real rows (never the administrator's own: disabling it would end the run's session).
  const ids = await app.db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM (SELECT id FROM "Vendor" LIMIT 3) v UNION ALL SELECT id FROM (SELECT id FROM "AiModel" LIMIT 3) m
     UNION ALL SELECT id FROM (SELECT id FROM "Deployment" LIMIT 3) d UNION ALL SELECT id FROM (SELECT id FROM "Contract" LIMIT 3) c
     UNION ALL SELECT id FROM (SELECT id FROM "ContractClause" LIMIT 3) cc UNION ALL SELECT id FROM (SELECT id FROM "CountryGroup" LIMIT 3) g
     UNION ALL SELECT id FROM (SELECT id FROM "PolicyScenario" LIMIT 3) s UNION ALL SELECT id FROM "User" WHERE id <> $1`,
    admin.id,
  );
  pools = { ids: ids.map((r) => r.id) };
  baseline = await app.checksums();
}, 180_000);

afterAll(async () => {
  console.log(
    `fuzz (seed ${SEED}, ${RUNS} runs each): ${tally.requests} requests, ${tally.serverErrors} answered 5xx, ` +
      `${tally.refused} refused, ${tally.rowsChangedByRefused} refused requests changed rows`,
  );
  await app?.close();
});

/** Records one request's outcome: never a 5xx; refused → no table changed. */
async function settle(what: string, refused: boolean, serverError: boolean) {
  tally.requests++;
  if (serverError) tally.serverErrors++;
  expect(serverError, what).toBe(false);
  const now = await app.checksums();
  if (refused) {
    tally.refused++;
    if (JSON.stringify(now) !== JSON.stringify(baseline)) tally.rowsChangedByRefused++;
    expect(now, `${what}: refused, yet rows changed`).toEqual(baseline);
  }
  baseline = now;
}

/** An import answers 200 with NDJSON; it refused unless its result says it committed. */
function importOutcome(answer: Answer) {
  const last = answer.text.trim().split("\n").at(-1) ?? "{}";
  const line = JSON.parse(last) as {
    type?: string;
    code?: string;
    outcome?: { committed?: boolean };
  };
  return {
    refused: answer.status >= 400 || line.outcome?.committed !== true,
    serverError: answer.status >= 500 || line.code === "internal",
  };
}

function csvOf(entity: string): fc.Arbitrary<string> {
  if (!isImportEntity(entity)) return fc.constant("");
  const headers = IMPORT_COLUMNS[entity].map((c) => c.header);
  const cell = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      ...MALFORMED.filter((v) => typeof v === "string" || typeof v === "number").map(String),
    ),
  );
  const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
  return fc
    .array(fc.array(cell, { minLength: headers.length, maxLength: headers.length }), {
      minLength: 1,
      maxLength: 3,
    })
    .map((rows) => [headers.join(","), ...rows.map((r) => r.map(quote).join(","))].join("\n"));
}

describe("mutating routes answer malformed input with a 4xx and change nothing", () => {
  for (const route of listRoutes()) {
    it(
      route.pattern,
      async () => {
        for (const { method, handler } of await loadHandlers(route)) {
          if (!MUTATING.has(method) || !handler.route) continue;
          const options = handler.route;
          const type = (options.accepts ?? ["application/json"])[0];
          const [params] = await sampleParams(app, route);
          const url = fillPath(route.pattern, params);
          const send = async (body: string, at = url, path = params, query = "") => {
            const answer = await callRoute(handler, {
              method,
              url: at + query,
              params: path,
              cookie,
              body,
              contentType: type,
            });
            const what = `${method} ${at}${query} ${body.slice(0, 120)} → ${answer.status} ${answer.text.slice(0, 200)}`;
            const outcome =
              route.pattern.startsWith("/api/import/") && answer.status < 400
                ? importOutcome(answer)
                : { refused: answer.status >= 400, serverError: answer.status >= 500 };
            await settle(what, outcome.refused, outcome.serverError);
          };
          const bodies =
            type === "application/json"
              ? inputsFor(options.schema, pools).map((v) => JSON.stringify(v) ?? "null")
              : csvOf(params.entity ?? "");
          const query =
            method === "DELETE"
              ? fc.constantFrom(
                  "",
                  "?version=1",
                  "?version=1e10",
                  "?version=-1",
                  "?version=2147483648",
                  "?version=abc",
                )
              : fc.constant(route.pattern.startsWith("/api/import/") ? "?mode=commit" : "");
          await fc.assert(
            fc.asyncProperty(bodies, query, async (body, q) => send(body, url, params, q)),
            { numRuns: RUNS, seed: SEED, endOnFailure: true },
          );
          for (const body of RAW_BODIES.slice(0, 1 + (RUNS > 5 ? RAW_BODIES.length : 3)))
            await send(body);
          for (const segment of route.segments) {
            const bad = {
              ...params,
              [segment]: BAD_PATH_VALUES[tally.requests % BAD_PATH_VALUES.length],
            };
            await send("{}", fillPath(route.pattern, bad), bad);
          }
        }
      },
      300_000,
    );
  }
});

describe("server actions answer malformed input with a message and change nothing", () => {
  for (const file of listActionFiles()) {
    it(
      relativeToRoot(file),
      async () => {
        for (const { name, run: action, options: meta } of await loadActions(file)) {
          if (!meta) continue;
          await fc.assert(
            fc.asyncProperty(inputsFor(meta.schema, pools), async (input) => {
              const result = await callAction(() => action(input), cookie);
              const what = `${name}(${JSON.stringify(input)?.slice(0, 160)}) → ${JSON.stringify(result).slice(0, 200)}`;
              await settle(what, !result.ok, result.ok === false && result.code === "internal");
            }),
            { numRuns: RUNS, seed: SEED, endOnFailure: true },
          );
        }
      },
      300_000,
    );
  }
});
