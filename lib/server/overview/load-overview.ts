import "server-only";
import { addDays, today } from "@/lib/clock";
import type { Evaluation } from "@/lib/domain";
import { summarizeOverview, type OverviewSummary } from "@/lib/domain/overview/summarize-overview";
import {
  getEvaluation,
  listScenarioOptions,
  resolveScenarioId,
} from "@/lib/server/engine/get-evaluation";
import { db } from "@/lib/server/db/client";
import { getInventory } from "@/lib/server/engine/get-inventory";
import { loadChanges, type Changes } from "@/lib/server/snapshots/load-changes";
import { loadTrend, type TrendPoint } from "@/lib/server/snapshots/load-trend";
import { takeSnapshotIfDue } from "@/lib/server/snapshots/take-snapshot";

export interface OverviewData {
  scenarios: Awaited<ReturnType<typeof listScenarioOptions>>;
  scenario: { id: string; name: string };
  /** What the figures compare against: the active scenario unless the user picks another. */
  baseline: { id: string; name: string };
  asOf: string;
  today: string;
  summary: OverviewSummary;
  baselineSummary: OverviewSummary;
  /** Names of the models the top exposures name (not the whole catalogue: pages stay small). */
  modelNames: Record<string, string>;
  countryNames: Record<string, string>;
  /** The data revision and methodology the figures were computed from. */
  dataRevision: string;
  methodology: { id: string; version: number };
  /** Band counts over time (risk snapshots), oldest first. */
  trend: TrendPoint[];
  /** What moved since the date asked for (a week ago by default); absent when not asked. */
  changes?: Changes;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The "what changed" date: the one asked for when it is a valid past date, else a week ago. */
export function sinceDate(requested: string | null): string {
  const t = today();
  if (
    requested &&
    ISO_DATE.test(requested) &&
    !Number.isNaN(Date.parse(requested)) &&
    requested <= t
  )
    return requested;
  return addDays(t, -7);
}

const summaries = new WeakMap<Evaluation, OverviewSummary>();

/** One summary per cached evaluation: a new data revision brings a new evaluation object. */
function summaryOf(evaluation: Evaluation): OverviewSummary {
  let summary = summaries.get(evaluation);
  if (!summary) summaries.set(evaluation, (summary = summarizeOverview(evaluation)));
  return summary;
}

/**
 * Everything the overview shows (and the report will), for the scenario in the URL (else the
 * user's, else the default) against a baseline (the active scenario unless one is asked for).
 * null when there is no scenario at all.
 */
export async function loadOverview(
  requestedScenario: string | null,
  requestedBaseline: string | null,
  options: { since?: string | null; trend?: boolean; asOf?: string } = {},
): Promise<OverviewData | null> {
  const [scenarios, scenarioId] = await Promise.all([
    listScenarioOptions(),
    resolveScenarioId(requestedScenario),
  ]);
  const baselineId =
    (requestedBaseline && (await resolveScenarioId(requestedBaseline))) ||
    scenarios.find((s) => s.isActive)?.id ||
    scenarioId;
  if (!scenarioId || !baselineId) return null;
  const { asOf } = options;
  const [evaluation, baseline] = await Promise.all([
    getEvaluation(scenarioId, asOf),
    getEvaluation(baselineId, asOf),
  ]);
  if (!evaluation || !baseline) return null;
  const { inventory } = evaluation;
  const { revision } = await getInventory();
  // Snapshots record today's results; a look at another date ("as of") is not one.
  if (evaluation.asOf === today()) await takeSnapshotIfDue(db, evaluation, revision);
  const withTrend = options.trend !== false;
  const [trend, changes] = await Promise.all([
    withTrend ? loadTrend(db, evaluation.scenario.id) : [],
    withTrend ? loadChanges(db, evaluation, sinceDate(options.since ?? null)) : undefined,
  ]);
  const summary = summaryOf(evaluation);
  const topModels = new Set(summary.top.map((t) => t.modelId));
  return {
    scenarios,
    scenario: { id: evaluation.scenario.id, name: evaluation.scenario.name },
    baseline: { id: baseline.scenario.id, name: baseline.scenario.name },
    asOf: evaluation.asOf,
    today: today(),
    summary,
    baselineSummary: summaryOf(baseline),
    modelNames: Object.fromEntries(
      inventory.models.filter((m) => topModels.has(m.id)).map((m) => [m.id, m.name]),
    ),
    countryNames: Object.fromEntries(inventory.jurisdictions.map((j) => [j.code, j.name])),
    dataRevision: revision,
    methodology: evaluation.methodology,
    trend,
    changes,
  };
}
