import Link from "next/link";
import type { ReactNode } from "react";
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

/** The page an executive opens every morning: figures, heatmaps, the map and the worst exposures. */
export function OverviewScreen({ data, intro }: { data: OverviewData; intro?: ReactNode }) {
  const { scenario, baseline, summary } = data;
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
            <ScenarioPicker scenarios={data.scenarios} value={scenario.id} />
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
      <HeadlineFigures
        scenarioId={scenario.id}
        summary={summary}
        baseline={data.baselineSummary}
        baselineName={baseline.name}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <RiskGrids scenarioId={scenario.id} summary={summary} />
        <div className="lg:col-span-2">
          <UnitRegionGrid scenarioId={scenario.id} summary={summary} />
        </div>
        <div className="lg:col-span-2">
          <ExposureMap
            scenarioId={scenario.id}
            summary={summary}
            countryNames={data.countryNames}
          />
        </div>
        <div className="lg:col-span-2">
          <RiskTrend trend={data.trend} scenarioName={scenario.name} />
        </div>
        {data.changes && (
          <div className="lg:col-span-2">
            <WhatChanged scenarioId={scenario.id} baselineId={baseline.id} changes={data.changes} />
          </div>
        )}
        <div className="lg:col-span-2">
          <TopExposures
            scenarioId={scenario.id}
            top={summary.top}
            modelNames={data.modelNames}
            countryNames={data.countryNames}
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
