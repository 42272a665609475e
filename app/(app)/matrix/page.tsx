import { countOf } from "@/lib/format";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { AsOfControl } from "@/components/shell/as-of-control";
import { ScenarioPicker } from "@/components/shell/scenario-picker";
import { parseAsOf } from "@/lib/as-of";
import { LiveRefresh } from "@/components/live/live-refresh";
import { MatrixExplorer } from "@/components/matrix/matrix-explorer";
import { MatrixFilterBar } from "@/components/matrix/matrix-filter-bar";
import { MatrixLegend } from "@/components/matrix/matrix-legend";
import { parseMatrixFilters, type SearchParams } from "@/lib/domain/matrix/matrix-filters";
import { requireUser } from "@/lib/server/guards";
import { loadMatrixPage } from "@/lib/server/matrix/load-matrix-page";

export const metadata: Metadata = { title: "Matrix" };

export default async function MatrixPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const scenario = typeof params.scenario === "string" ? params.scenario : null;
  // The data loads while the session is checked; nothing is rendered unless the check passes.
  const [, data] = await Promise.all([
    requireUser(),
    loadMatrixPage(scenario, parseMatrixFilters(params), parseAsOf(params.asOf) ?? undefined),
  ]);
  if (!data)
    return (
      <>
        <PageHeader title="Jurisdiction matrix" />
        <EmptyState title="No policy scenario yet">
          Create a scenario on the <Link href="/scenarios">scenarios page</Link> to see the matrix.
        </EmptyState>
      </>
    );
  const { view } = data;
  return (
    <>
      <PageHeader
        title="Jurisdiction matrix"
        description={`Access of ${countOf(view.rows.length, "model")} in ${countOf(view.columns.length, "jurisdiction")} under “${data.scenario.name}”, as of ${data.asOf}. The number in a cell counts our planned and live deployments there; open a cell to see why.`}
        actions={
          <>
            <LiveRefresh />
            <ScenarioPicker scenarios={data.scenarios} value={data.scenario.id} />
            <AsOfControl asOf={data.asOf} today={data.today} />
            <Link
              href={`/compare?a=${encodeURIComponent(data.scenario.id)}`}
              prefetch={false}
              className="inline-flex h-9 items-center rounded-md border border-zinc-300 px-3.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              Compare with…
            </Link>
          </>
        }
      />
      <MatrixFilterBar options={data.options} />
      <MatrixLegend totals={view.totals} />
      <MatrixExplorer
        view={view}
        scenarioId={data.scenario.id}
        label={`Access by model and jurisdiction under ${data.scenario.name}`}
      />
    </>
  );
}
