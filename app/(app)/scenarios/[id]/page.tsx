import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge, PageHeader } from "@/components/ui/card";
import { LiveRefresh } from "@/components/live/live-refresh";
import { AsOfControl } from "@/components/shell/as-of-control";
import { parseAsOf } from "@/lib/as-of";
import { today } from "@/lib/clock";
import { ReferenceFacts } from "@/components/reference/reference-facts";
import { ScenarioEditor } from "./scenario-editor";
import { can } from "@/lib/auth/permissions";
import { titleCase } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { dataRevision } from "@/lib/server/engine/data-revision";
import { requireUser } from "@/lib/server/guards";
import { loadEditorOptions } from "@/lib/server/scenarios/load-editor-options";
import { toScenarioInput } from "@/lib/server/scenarios/to-scenario-input";

export const metadata: Metadata = { title: "Scenario" };

export default async function ScenarioPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ asOf?: string }>;
}) {
  const user = await requireUser();
  const { id } = await params;
  // The impact preview evaluates on this date (it reads ?asOf= from the page's address).
  const asOf = parseAsOf((await searchParams).asOf) ?? today();
  const [scenario, options, revision] = await Promise.all([
    db.policyScenario.findUnique({
      where: { id },
      include: { rules: { orderBy: { position: "asc" } } },
    }),
    loadEditorOptions(db),
    dataRevision(db),
  ]);
  if (!scenario) notFound();
  const canEdit = can(user.role, "update", "scenario");
  return (
    <>
      <PageHeader
        title={scenario.name}
        description={
          <>
            <Link className="text-sky-700 underline dark:text-sky-400" href="/scenarios">
              All scenarios
            </Link>{" "}
            ·{" "}
            <Link
              className="text-sky-700 underline dark:text-sky-400"
              href={`/matrix?scenario=${scenario.id}${asOf === today() ? "" : `&asOf=${asOf}`}`}
            >
              Open in the matrix
            </Link>
            {!canEdit && " · Your role can read this scenario but not change it."}
            {scenario.description && (
              <>
                <br />
                {scenario.description}
              </>
            )}
          </>
        }
        actions={
          <>
            {scenario.isActive ? (
              <Badge className="border-sky-400 text-sky-800 dark:text-sky-300">
                Active for the organisation
              </Badge>
            ) : (
              <Badge>{titleCase(scenario.status)}</Badge>
            )}
            <LiveRefresh />
            <AsOfControl asOf={asOf} today={today()} />
          </>
        }
      />
      <ReferenceFacts
        status={scenario.legalStatus}
        sources={scenario.sources}
        urls={scenario.sourceUrls}
        checkedOn={scenario.checkedOn}
      />
      <ScenarioEditor
        scenarioId={scenario.id}
        version={scenario.version}
        values={toScenarioInput(scenario)}
        options={options}
        canEdit={canEdit}
        basis={revision}
      />
    </>
  );
}
