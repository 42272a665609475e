import type { Metadata } from "next";
import { Download } from "lucide-react";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ChangedDeployments } from "@/components/compare/changed-deployments";
import { ComparisonSummary } from "@/components/compare/comparison-summary";
import { ScenarioPairPicker } from "@/components/compare/scenario-pair-picker";
import { MatrixExplorer } from "@/components/matrix/matrix-explorer";
import { MatrixFilterBar } from "@/components/matrix/matrix-filter-bar";
import { parseMatrixFilters, type SearchParams } from "@/lib/domain/matrix/matrix-filters";
import { AsOfControl } from "@/components/shell/as-of-control";
import { today } from "@/lib/clock";
import { requestedAsOf } from "@/lib/server/engine/get-evaluation";
import { requireUser } from "@/lib/server/guards";
import { loadComparePage } from "@/lib/server/matrix/load-compare-page";

export const metadata: Metadata = { title: "Compare scenarios" };

/** Rows of the deployment list rendered on the page; the CSV export carries every row. */
const LIST_LIMIT = 200;

const param = (value: string | string[] | undefined) =>
  typeof value === "string" && value ? value : null;

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireUser();
  const params = await searchParams;
  const a = param(params.a);
  const b = param(params.b);
  const asOf = requestedAsOf(params);
  const { scenarios, comparison } = await loadComparePage(a, b, parseMatrixFilters(params), asOf);
  return (
    <>
      <PageHeader
        title="Compare scenarios"
        description="What changes when scenario B replaces scenario A: cells that change outcome, and deployments whose risk moves, largest change first."
        actions={<LiveRefresh />}
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <ScenarioPairPicker scenarios={scenarios} a={a} b={b} />
        <AsOfControl asOf={asOf ?? today()} today={today()} />
      </div>
      {!comparison ? (
        <EmptyState title="Pick two different scenarios">
          {a && b && a === b
            ? "A and B are the same scenario, so nothing changes."
            : "Choose a scenario for A (before) and one for B (after)."}
        </EmptyState>
      ) : (
        <>
          <ComparisonSummary summary={comparison.summary} />
          <h2 className="mb-2 font-medium">
            Matrix: {comparison.before.name} → {comparison.after.name}
          </h2>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
            Outlined cells change outcome (A mark → B mark); unchanged cells are faded. Open a cell
            to see why it has its outcome under B.
          </p>
          <MatrixFilterBar options={comparison.options} diff />
          <MatrixExplorer
            view={comparison.view}
            scenarioId={comparison.after.id}
            label={`Changes from ${comparison.before.name} to ${comparison.after.name}`}
          />
          <div className="mb-2 mt-6 flex flex-wrap items-center justify-between gap-2">
            <h2 className="font-medium">Deployments whose risk changes</h2>
            <a
              href={`/api/compare/csv?${new URLSearchParams({ a: comparison.before.id, b: comparison.after.id, ...(asOf ? { asOf } : {}) })}`}
              download
              className="inline-flex h-9 items-center gap-1.5 rounded-md border border-zinc-300 px-3.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              <Download className="size-4" aria-hidden />
              Export CSV
            </a>
          </div>
          <ChangedDeployments rows={comparison.deployments} limit={LIST_LIMIT} />
        </>
      )}
    </>
  );
}
