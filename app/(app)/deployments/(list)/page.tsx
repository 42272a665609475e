import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { EvaluationControls } from "@/components/shell/evaluation-controls";
import { EngineFilterNote } from "@/components/inventory/engine-filter-note";
import { DeploymentTable } from "@/components/inventory/deployment-table";
import { ListActions } from "@/components/inventory/list-actions";
import { today } from "@/lib/clock";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import {
  getEvaluation,
  listScenarioOptions,
  requestedAsOf,
  resolveScenarioId,
} from "@/lib/server/engine/get-evaluation";
import { listDeployments } from "@/lib/server/inventory/list-deployments";
import { hasEngineFilter } from "@/lib/server/inventory/deployment-risk-filters";
import { listOptions } from "@/lib/server/inventory/list-options";
import { deploymentList } from "@/lib/validation/inventory-lists";

export const metadata: Metadata = { title: "Deployments" };

export default async function DeploymentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  const state = deploymentList.parse(params);
  const scenarioId = await resolveScenarioId(
    typeof params.scenario === "string" ? params.scenario : null,
  );
  // Scores come from the engine; a view that shows, filters and sorts by none skips it (the first
  // request after an inventory change re-evaluates the whole inventory).
  const needsRisk =
    state.cols.includes("band") ||
    state.cols.includes("residual") ||
    state.filters.band.length > 0 ||
    hasEngineFilter(state.filters) ||
    state.sort === "risk";
  const asOf = requestedAsOf(params);
  const [evaluation, scenarios, options] = await Promise.all([
    scenarioId && needsRisk ? getEvaluation(scenarioId, asOf) : null,
    listScenarioOptions(),
    listOptions(db),
  ]);
  const scenarioName = scenarios.find((s) => s.id === scenarioId)?.name;
  const { rows, total } = await listDeployments(db, state, evaluation);
  return (
    <>
      <PageHeader
        title="Deployments"
        description={
          scenarioName
            ? `Which model runs where, for whom; risk under “${scenarioName}”${asOf ? `, as of ${asOf}` : ""}.`
            : "Which model runs where, for whom."
        }
        actions={
          <>
            {scenarioId && (
              <EvaluationControls
                scenarios={scenarios}
                scenarioId={scenarioId}
                asOf={asOf ?? today()}
              />
            )}
            <ListActions
              role={user.role}
              entity="deployment"
              path="/deployments"
              noun="deployment"
              importable
            />
          </>
        }
      />
      <EngineFilterNote
        filters={state.filters}
        countryName={(code) => options.countries.find((c) => c.code === code)?.name ?? code}
      />
      <DeploymentTable rows={rows} total={total} state={state} options={options} />
    </>
  );
}
