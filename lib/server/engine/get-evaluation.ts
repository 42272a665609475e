/**
 * The evaluation of a scenario over the current inventory, cached per process and data revision
 * (see get-inventory.ts): a change anywhere (in any server process) makes the next request
 * re-evaluate.
 */
import "server-only";
import { parseAsOf } from "@/lib/as-of";
import { today } from "@/lib/clock";
import { evaluateScenario, type Evaluation } from "@/lib/domain";
import { db } from "@/lib/server/db/client";
import { rememberedScenarioId } from "@/lib/server/scenarios/remember-scenario";
import { getInventory } from "./get-inventory";
import { getActiveMethodology } from "./get-methodology";
import { perRevision } from "./revision-cache";
import { loadScenario } from "./load-inventory";

interface Cached {
  key: string;
  evaluation: Evaluation;
}
const cache = globalThis as unknown as {
  tierscopeEvaluations?: Map<string, Cached>;
  tierscopeEvaluationsInFlight?: Map<string, Promise<Evaluation | null>>;
};
const entries = (cache.tierscopeEvaluations ??= new Map());
const MAX_ENTRIES = 8;
const inFlight = (cache.tierscopeEvaluationsInFlight ??= new Map());

/** The organisation's active scenario, else the first by name; null when there is none. */
const defaultScenarioId = perRevision("default-scenario", async () => {
  const s = await db.policyScenario.findFirst({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: { id: true },
  });
  return s?.id ?? null;
});

/**
 * The scenario a page shows: the one named in the URL if it exists, else the one the signed-in
 * user last chose (lib/server/scenarios/remember-scenario.ts), else the default one. Every risk
 * page asks this on every request: a scenario the picker lists is answered from its cached list,
 * and only an archived or unknown id costs a query.
 */
export async function resolveScenarioId(requested?: string | null): Promise<string | null> {
  for (const id of [requested, requested ? null : await rememberedScenarioId()]) {
    if (!id) continue;
    if ((await listScenarioOptions()).some((s) => s.id === id)) return id;
    if (await db.policyScenario.findUnique({ where: { id }, select: { id: true } })) return id;
  }
  return defaultScenarioId();
}

/** The scenario evaluated as of a date (today unless asked): rules and memberships in force then. */
export async function getEvaluation(
  scenarioId: string,
  asOf: string = today(),
): Promise<Evaluation | null> {
  // Keyed by the engine revision: a change that touches nothing an evaluation reads (an
  // annotation, a treatment, a user) keeps every evaluation.
  const { engineRevision, inventory } = await getInventory();
  const entry = `${scenarioId}|${asOf}`;
  const hit = entries.get(entry);
  if (hit && hit.key === engineRevision) return hit.evaluation;
  // Requests arriving together (a burst after a change) share one evaluation.
  const flight = `${entry}|${engineRevision}`;
  let evaluating = inFlight.get(flight);
  if (!evaluating) {
    evaluating = evaluate(scenarioId, asOf, inventory).then((evaluation) => {
      if (evaluation) {
        entries.delete(entry);
        entries.set(entry, { key: engineRevision, evaluation });
        if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      }
      return evaluation;
    });
    inFlight.set(flight, evaluating);
    void evaluating.finally(() => inFlight.delete(flight)).catch(() => {});
  }
  return evaluating;
}

async function evaluate(
  scenarioId: string,
  asOf: string,
  inventory: Evaluation["inventory"],
): Promise<Evaluation | null> {
  const [scenario, methodology] = await Promise.all([
    loadScenario(db, scenarioId),
    getActiveMethodology(),
  ]);
  if (!scenario) return null;
  return evaluateScenario(inventory, scenario, { asOf, methodology });
}

/**
 * What a page, an API call or an export asks to see: ?scenario= (else the remembered or default
 * one) as of ?asOf= (else today; a date that is not a real YYYY-MM-DD is ignored). Null when
 * there is no scenario at all.
 */
export async function getRequestedEvaluation(query: Query): Promise<Evaluation | null> {
  const scenarioId = await resolveScenarioId(one(query, "scenario"));
  return scenarioId ? getEvaluation(scenarioId, requestedAsOf(query)) : null;
}

/** A request's or a page's query: URLSearchParams, or Next's searchParams object. */
export type Query = URLSearchParams | Record<string, string | string[] | undefined>;

function one(query: Query, key: string): string | null {
  const value = query instanceof URLSearchParams ? query.get(key) : query[key];
  return typeof value === "string" ? value : null;
}

/** The ?asOf= date asked for, or undefined for today. */
export const requestedAsOf = (query: Query) => parseAsOf(one(query, "asOf")) ?? undefined;

/** The scenarios a picker offers (archived ones are left out), read again after any change. */
export const listScenarioOptions = perRevision("scenario-options", () =>
  db.policyScenario.findMany({
    where: { status: { not: "ARCHIVED" } },
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: { id: true, name: true, isActive: true, legalStatus: true },
  }),
);
