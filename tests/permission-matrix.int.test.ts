/**
 * Role × route × action: every route handler under app/api and every server action under app/,
 * found on disk, called as each role and anonymously. What each may do is read from the permission
 * table (lib/auth/permissions.ts) and the permission the route or action declares to its wrapper
 * (defineRoute / defineAction), never listed here per route. A refused call is a 401 (anonymous) or
 * a 403, and changes no row of any table; an allowed one passes the permission check (it may still
 * be refused for its empty input) and never answers 5xx.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { can, ROLES, type Role } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/server/errors";
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
  type App,
  type RouteHandler,
} from "./harness/app";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => (await import("./harness/next-headers")).nextHeaders);

/**
 * Entry points outside the wrappers on purpose: signing in and out, the health probe, and the
 * first-run setup (public by necessity, refused once any user exists: initialise-install tests),
 * the journeys' reset (404 outside the e2e server: seed-snapshot tests), and the backup for the
 * local script (its own token: local-backup tests).
 */
const OPEN_ROUTES = [
  "/api/auth/[...nextauth]",
  "/api/health",
  "/api/e2e/reset",
  "/api/local/backup",
];
const OPEN_ACTIONS = ["login", "signOutAction", "setUpAction"];
/** Mutations of the caller's own settings, open to every signed-in user. */
const SELF_SERVICE_ROUTES = ["/api/me/view-scenario"];

type Caller = Role | "anonymous";
const CALLERS: Caller[] = [...ROLES, "anonymous"];
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let app: App;
const cookies = new Map<Caller, string | null>();
const tally = { calls: 0, refused: 0, rowsChangedByRefused: 0, serverErrors: 0 };

beforeAll(async () => {
  app = await startApp();
  cookies.set("anonymous", null);
  for (const role of ROLES) cookies.set(role, await app.cookieOf(role));
}, 180_000);
afterAll(async () => {
  console.log(
    `permission matrix: ${tally.calls} calls, ${tally.refused} refused, ` +
      `${tally.rowsChangedByRefused} refused calls changed rows, ${tally.serverErrors} answered 5xx`,
  );
  await app?.close();
});

/** 401, 403, or "allowed", from the permission table. */
function expected(caller: Caller, permission: ReturnType<typeof resolvePermission>) {
  if (caller === "anonymous") return 401;
  if (permission && !can(caller, permission[0], permission[1])) return 403;
  return "allowed" as const;
}

function resolvePermission(
  options: NonNullable<RouteHandler["route"]>,
  params: Record<string, string>,
) {
  const { permission } = options;
  return typeof permission === "function" ? permission(params) : permission;
}

/** Runs `call`; a refused call must leave every table as it was. */
async function checked<T>(refused: boolean, call: () => Promise<T>): Promise<T> {
  const before = refused ? await app.checksums() : null;
  const result = await call();
  tally.calls++;
  if (before) {
    tally.refused++;
    const after = await app.checksums();
    if (JSON.stringify(after) !== JSON.stringify(before)) tally.rowsChangedByRefused++;
    expect(after).toEqual(before);
  }
  return result;
}

describe("every route handler, as every role and anonymously", () => {
  for (const route of listRoutes()) {
    it(
      route.pattern,
      async () => {
        const handlers = await loadHandlers(route);
        expect(handlers.length, `${relativeToRoot(route.file)} exports no handler`).toBeGreaterThan(
          0,
        );
        for (const { method, handler } of handlers) {
          if (!handler.route) {
            expect(
              OPEN_ROUTES,
              `${method} ${route.pattern} is not made with defineRoute`,
            ).toContain(route.pattern);
            continue;
          }
          let checkedOnce = false;
          for (const params of await sampleParams(app, route)) {
            let permission;
            try {
              permission = resolvePermission(handler.route, params);
            } catch (error) {
              if (error instanceof NotFoundError) continue; // this value names nothing here
              throw error;
            }
            if (MUTATING.has(method) && !permission)
              expect(
                SELF_SERVICE_ROUTES,
                `${method} ${route.pattern} changes data without declaring a permission`,
              ).toContain(route.pattern);
            checkedOnce = true;
            const accepts = handler.route.accepts ?? ["application/json"];
            // Reads open to every signed-in role: the least privileged one stands for all.
            const callers: Caller[] =
              permission || MUTATING.has(method) ? CALLERS : ["VIEWER", "anonymous"];
            for (const caller of callers) {
              const want = expected(caller, permission);
              const answer = await checked(want !== "allowed", () =>
                callRoute(handler, {
                  method,
                  url: fillPath(route.pattern, params),
                  params,
                  cookie: cookies.get(caller),
                  ...(MUTATING.has(method)
                    ? {
                        body: accepts[0] === "application/json" ? "{}" : "",
                        contentType: accepts[0],
                      }
                    : {}),
                }),
              );
              const what = `${caller} ${method} ${fillPath(route.pattern, params)} → ${answer.status} ${answer.text.slice(0, 200)}`;
              if (answer.status >= 500) tally.serverErrors++;
              if (want === "allowed") {
                expect([401, 403], what).not.toContain(answer.status);
                expect(answer.status, what).toBeLessThan(500);
              } else expect(answer.status, what).toBe(want);
            }
          }
          expect(checkedOnce, `${method} ${route.pattern}: no sample path names anything`).toBe(
            true,
          );
        }
      },
      120_000,
    );
  }
});

describe("every server action, as every role and anonymously", () => {
  for (const file of listActionFiles()) {
    it(
      relativeToRoot(file),
      async () => {
        for (const { name, run: action, options: meta } of await loadActions(file)) {
          if (!meta) {
            expect(
              OPEN_ACTIONS,
              `${name} in ${relativeToRoot(file)} is not made with defineAction`,
            ).toContain(name);
            continue;
          }
          for (const caller of CALLERS) {
            const want = expected(caller, meta.permission);
            const result = await checked(want !== "allowed", () =>
              callAction(() => action({}), cookies.get(caller)!),
            );
            const what = `${caller} ${name} → ${JSON.stringify(result).slice(0, 200)}`;
            if (result.code === "internal") tally.serverErrors++;
            if (want === 401) expect(result.code, what).toBe("unauthenticated");
            else if (want === 403) expect(result.code, what).toBe("forbidden");
            else {
              expect(["unauthenticated", "forbidden", "internal"], what).not.toContain(result.code);
            }
          }
        }
      },
      120_000,
    );
  }
});
