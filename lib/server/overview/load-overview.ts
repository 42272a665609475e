import "server-only";
import { today } from "@/lib/clock";
import type { Evaluation } from "@/lib/domain";
import { summarizeOverview, type OverviewSummary } from "@/lib/domain/overview/summarize-overview";
import {
  getEvaluation,
  listScenarioOptions,
  resolveScenarioId,
} from "@/lib/server/engine/get-evaluation";

export interface OverviewData {
  scenarios: Awaited<ReturnType<typeof listScenarioOptions>>;
  scenario: { id: string; name: string };
  /** What the figures compare against: the active scenario unless the user picks another. */
  baseline: { id: string; name: string };
  asOf: string;
  today: string;
  summary: OverviewSummary;
  baselineSummary: OverviewSummary;
  modelNames: Record<string, string>;
  vendorNames: Record<string, string>;
  countryNames: Record<string, string>;
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
  asOf?: string,
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
  const [evaluation, baseline] = await Promise.all([
    getEvaluation(scenarioId, asOf),
    getEvaluation(baselineId, asOf),
  ]);
  if (!evaluation || !baseline) return null;
  const { inventory } = evaluation;
  return {
    scenarios,
    scenario: { id: evaluation.scenario.id, name: evaluation.scenario.name },
    baseline: { id: baseline.scenario.id, name: baseline.scenario.name },
    asOf: evaluation.asOf,
    today: today(),
    summary: summaryOf(evaluation),
    baselineSummary: summaryOf(baseline),
    modelNames: Object.fromEntries(inventory.models.map((m) => [m.id, m.name])),
    vendorNames: Object.fromEntries(inventory.vendors.map((v) => [v.id, v.name])),
    countryNames: Object.fromEntries(inventory.jurisdictions.map((j) => [j.code, j.name])),
  };
}
