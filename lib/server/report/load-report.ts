import "server-only";
import type { Evaluation } from "@/lib/domain";
import type { Band } from "@/lib/domain/bands";
import { buildReport, type FootprintReport } from "@/lib/domain/report/build-report";
import { getEvaluation, resolveScenarioId } from "@/lib/server/engine/get-evaluation";
import { db } from "@/lib/server/db/client";
import { getInventory } from "@/lib/server/engine/get-inventory";
import { takeSnapshotIfDue } from "@/lib/server/snapshots/take-snapshot";

export interface ReportData {
  report: FootprintReport;
  /** The comparison scenario's counts and per-jurisdiction worst band, when one was asked for. */
  compare: {
    scenario: { id: string; name: string };
    bands: Record<Band, number>;
    findings: number;
    worstBandByCode: Record<string, Band>;
  } | null;
  dataRevision: string;
  /** When the report was generated (ISO). */
  generatedAt: string;
}

const reports = new WeakMap<Evaluation, FootprintReport>();

/** One report per cached evaluation: a new data revision brings a new evaluation object. */
function reportOf(evaluation: Evaluation): FootprintReport {
  let report = reports.get(evaluation);
  if (!report) reports.set(evaluation, (report = buildReport(evaluation)));
  return report;
}

/**
 * The footprint and exposure report for a scenario (the URL's, else the user's, else the default)
 * and optionally a comparison scenario. null when there is no scenario.
 */
export async function loadReport(
  requestedScenario: string | null,
  requestedCompare: string | null,
): Promise<ReportData | null> {
  const scenarioId = await resolveScenarioId(requestedScenario);
  if (!scenarioId) return null;
  const compareId = requestedCompare ? await resolveScenarioId(requestedCompare) : null;
  const [evaluation, other, { revision }] = await Promise.all([
    getEvaluation(scenarioId),
    compareId && compareId !== scenarioId ? getEvaluation(compareId) : null,
    getInventory(),
  ]);
  if (!evaluation) return null;
  await takeSnapshotIfDue(db, evaluation, revision);
  const report = reportOf(evaluation);
  let compare: ReportData["compare"] = null;
  if (other) {
    const o = reportOf(other);
    compare = {
      scenario: o.scenario,
      bands: o.bands,
      findings: o.findings,
      worstBandByCode: Object.fromEntries(o.countries.map((c) => [c.code, c.worstBand])),
    };
  }
  return { report, compare, dataRevision: revision, generatedAt: new Date().toISOString() };
}
