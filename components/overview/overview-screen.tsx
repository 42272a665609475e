"use client";

import { Link } from "@/components/ui/link";
import { memo, useDeferredValue, useRef, useState, type ReactNode } from "react";
import type { OverviewData } from "@/lib/server/overview/load-overview";
import { PageHeader } from "@/components/ui/card";
import { LiveRefresh } from "@/components/live/live-refresh";
import { AsOfControl } from "@/components/shell/as-of-control";
import { ScenarioPicker } from "@/components/shell/scenario-picker";
import { ExposureMap } from "./exposure-map";
import { HeadlineFigures } from "./headline-figures";
import { RiskGrids } from "./risk-grids";
import { RiskTrend } from "./risk-trend";
import { TopExposures } from "./top-exposures";
import { UnitRegionGrid } from "./unit-region-grid";
import { WhatChanged } from "./what-changed";

// Every section is memoised: a render of the screen itself (a pick, a page arriving with the same
// figures) redraws only the sections whose data changed. The map (two hundred shapes) and the top
// exposures also follow a switch a frame later than the figures and heatmaps, so the first render
// after a switch, and its paint, come sooner.
const Figures = memo(HeadlineFigures);
const Grids = memo(RiskGrids);
const UnitRegion = memo(UnitRegionGrid);
const Trend = memo(RiskTrend);
const Changes = memo(WhatChanged);
const DeferredMap = memo(ExposureMap);
const DeferredTop = memo(TopExposures);

/** What the figures, heatmaps, map and top exposures are drawn from. */
type Shown = Pick<OverviewData, "scenario" | "summary" | "modelNames" | "asOf" | "dataRevision">;
const shownOf = (data: Shown): Shown => ({
  scenario: data.scenario,
  summary: data.summary,
  modelNames: data.modelNames,
  asOf: data.asOf,
  dataRevision: data.dataRevision,
});
/** Whether two answers are the same scenario's figures from the same data and date. */
const sameFigures = (a: Shown, b: Shown) =>
  a.scenario.id === b.scenario.id &&
  a.scenario.name === b.scenario.name &&
  a.dataRevision === b.dataRevision &&
  a.asOf === b.asOf;

/** `value` as first seen while `key` stays the same (a new page sends equal data as new objects). */
function useKept<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value });
  if (kept.key === key) return kept.value;
  setKept({ key, value });
  return value;
}

/**
 * The page an executive opens every morning: figures, heatmaps, the map and the worst exposures.
 * Switching the scenario repaints them from /api/overview at once (the evaluation is cached on the
 * server), while the page itself navigates for the trend and "what changed", marked as updating
 * until it arrives.
 */
export function OverviewScreen({ data, intro }: { data: OverviewData; intro?: ReactNode }) {
  const { baseline } = data;
  const [shown, setShown] = useState<Shown>(() => shownOf(data));
  // The scenario picked last whose page has not arrived yet; null when none is on its way.
  const [asked, setAsked] = useState<string | null>(null);
  const latest = useRef<string | null>(null);
  // A new page (navigation, live refresh) replaces whatever was shown ahead of it, unless it is
  // the page of an earlier pick that a newer one has overtaken.
  // The page that follows a switch carries the figures already shown: they are kept as they are,
  // so the heatmaps and the map are not drawn a second time.
  const [rendered, setRendered] = useState(data);
  if (rendered !== data) {
    setRendered(data);
    if (asked === null || asked === data.scenario.id) {
      if (!sameFigures(shown, data)) setShown(shownOf(data));
      setAsked(null);
    }
  }
  const countryNames = useKept(data.countryNames, Object.keys(data.countryNames).join());
  const baselineSummary = useKept(
    data.baselineSummary,
    `${data.baseline.id}@${data.dataRevision}@${data.asOf}`,
  );
  // The figures for the chosen scenario come first (a small JSON answer from the cached
  // evaluation); the page's own navigation starts once they are painted, so its heavier render
  // does not hold the figures up on the server.
  const pick = (id: string, navigate: () => void) => {
    latest.current = id;
    setAsked(id);
    const query = new URLSearchParams({ scenario: id, baseline: baseline.id });
    if (data.asOf !== data.today) query.set("asOf", data.asOf);
    const controller = new AbortController();
    const slow = setTimeout(() => controller.abort(), 1_500);
    void fetch(`/api/overview?${query}`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<Shown>) : null))
      .then((next) => {
        // Only the latest choice is shown.
        if (next && latest.current === id) setShown(shownOf(next));
      })
      .catch(() => {})
      .finally(() => {
        clearTimeout(slow);
        if (latest.current === id) requestAnimationFrame(() => navigate());
      });
  };
  const { scenario, summary } = shown;
  const later = useDeferredValue(shown);
  const updating = data.scenario.id !== scenario.id;
  return (
    <>
      <PageHeader
        title="Overview"
        description={
          <>
            Risk of <span data-testid="overview-deployments">{summary.deployments}</span> planned
            and live deployments under “<span data-testid="overview-scenario">{scenario.name}</span>
            ”, as of {data.asOf}, compared with “{baseline.name}”.
          </>
        }
        actions={
          <>
            <LiveRefresh />
            <ScenarioPicker scenarios={data.scenarios} value={asked ?? scenario.id} onPick={pick} />
            <AsOfControl asOf={data.asOf} today={data.today} />
            <ScenarioPicker
              scenarios={data.scenarios}
              value={baseline.id}
              param="baseline"
              label="Baseline"
            />
          </>
        }
      />
      {intro}
      <Figures
        scenarioId={scenario.id}
        summary={summary}
        baseline={baselineSummary}
        baselineName={baseline.name}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Grids scenarioId={scenario.id} summary={summary} />
        <div className="lg:col-span-2">
          <UnitRegion scenarioId={scenario.id} summary={summary} />
        </div>
        <div className="lg:col-span-2">
          <DeferredMap
            scenarioId={later.scenario.id}
            summary={later.summary}
            countryNames={countryNames}
          />
        </div>
        <div
          className={updating ? "opacity-60 lg:col-span-2" : "lg:col-span-2"}
          aria-busy={updating}
        >
          <Trend trend={data.trend} scenarioName={data.scenario.name} />
        </div>
        {data.changes && (
          <div
            className={updating ? "opacity-60 lg:col-span-2" : "lg:col-span-2"}
            aria-busy={updating}
          >
            <Changes
              scenarioId={data.scenario.id}
              baselineId={baseline.id}
              changes={data.changes}
            />
          </div>
        )}
        <div className="lg:col-span-2">
          <DeferredTop
            scenarioId={later.scenario.id}
            top={later.summary.top}
            modelNames={later.modelNames}
            countryNames={countryNames}
          />
        </div>
      </div>
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        How scores are computed:{" "}
        <Link
          className="text-sky-700 underline dark:text-sky-400"
          href={`/scenarios/${scenario.id}`}
        >
          the scenario’s rules
        </Link>
        ; the{" "}
        <Link className="text-sky-700 underline dark:text-sky-400" href="/help/risk-model">
          risk model
        </Link>
        ; the{" "}
        <Link
          className="text-sky-700 underline dark:text-sky-400"
          href={`/report?scenario=${scenario.id}`}
        >
          footprint and exposure report
        </Link>
        .
      </p>
    </>
  );
}
