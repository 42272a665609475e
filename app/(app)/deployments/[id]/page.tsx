import { LiveRefresh } from "@/components/live/live-refresh";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { parseAsOf } from "@/lib/as-of";
import { ArchivedBadge, EntityHeaderActions } from "@/components/inventory/entity-header-actions";
import { Facts, Section, TextLink } from "@/components/inventory/detail-parts";
import { ScoreExplanation } from "@/components/inventory/score-explanation";
import { TreatmentSection } from "@/components/treatment/treatment-section";
import { explainDeployment, suggestAlternatives } from "@/lib/domain";
import { formatDate, titleCase } from "@/lib/format";
import { locationName, SCOPE_NAMES } from "@/lib/reference/cloud-regions";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import {
  getEvaluation,
  listScenarioOptions,
  resolveScenarioId,
} from "@/lib/server/engine/get-evaluation";
import { getDeployment } from "@/lib/server/inventory/get-deployment";
import { riskOf } from "@/lib/server/inventory/risk-of";
import { setDeploymentArchivedAction } from "../actions";

export const metadata: Metadata = { title: "Deployment" };

export default async function DeploymentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ scenario?: string; asOf?: string }>;
}) {
  const user = await requireUser();
  const [{ id }, { scenario, asOf }] = await Promise.all([params, searchParams]);
  const d = await getDeployment(db, id);
  if (!d) notFound();
  const scenarioId = await resolveScenarioId(scenario);
  const [evaluation, scenarios] = await Promise.all([
    scenarioId ? getEvaluation(scenarioId, parseAsOf(asOf) ?? undefined) : null,
    listScenarioOptions(),
  ]);
  const scored = evaluation && riskOf(evaluation, id) ? evaluation : null;
  const names = new Map(evaluation?.inventory.jurisdictions.map((j) => [j.code, j.name]) ?? []);
  const archived = d.archivedAt !== null;
  const explanation = scored ? explainDeployment(scored, id) : null;
  const alternatives = scored ? suggestAlternatives(scored, id) : [];
  const contracts = explanation
    ? await db.contract.findMany({
        where: { id: { in: explanation.contractsApplied.map((c) => c.contractId) } },
        select: { id: true, title: true },
      })
    : [];
  return (
    <>
      <PageHeader
        title={d.ref}
        description={
          <span className="flex items-center gap-2">
            {d.useCase} · <Badge>{titleCase(d.status)}</Badge>
            <ArchivedBadge archivedAt={d.archivedAt} />
          </span>
        }
        actions={
          <>
            <LiveRefresh />
            <EntityHeaderActions
              role={user.role}
              entity="deployment"
              editHref={`/deployments/${id}/edit`}
              archive={{
                id,
                version: d.version,
                archived,
                name: d.ref,
                action: setDeploymentArchivedAction,
              }}
              evaluation={evaluation}
              scenarios={scenarios}
            />
          </>
        }
      />
      <Section title="Details">
        <Facts
          items={[
            [
              "Model",
              <TextLink key="m" href={`/models/${d.model.id}`}>
                {d.model.name}
              </TextLink>,
            ],
            [
              "Vendor",
              <TextLink key="v" href={`/vendors/${d.model.vendor.id}`}>
                {d.model.vendor.name}
              </TextLink>,
            ],
            ["Serves", d.jurisdiction.name],
            [
              "Cloud",
              <span key="c" title={`${d.cloudProvider} · ${d.cloudRegion}`}>
                {locationName(d.cloudProvider, d.cloudRegion)} · {SCOPE_NAMES[d.processingScope]}
              </span>,
            ],
            [
              "Processing may reach",
              d.reach.map((r) => names.get(r.jurisdictionCode) ?? r.jurisdictionCode).join(", ") ||
                "—",
            ],
            ["Business unit", d.businessUnit],
            ["Data sensitivity", `${d.dataSensitivity} of 5`],
            ["Business criticality", `${d.businessCriticality} of 5`],
            ["Users", d.users.toLocaleString("en")],
            ["Go-live", formatDate(d.goLiveDate)],
            [
              "Fallback model",
              d.fallbackModel ? (
                <TextLink key="f" href={`/models/${d.fallbackModel.id}`}>
                  {d.fallbackModel.name}
                </TextLink>
              ) : (
                "None"
              ),
            ],
            [
              "Licences held",
              d.licensedCodes.map((code) => names.get(code) ?? code).join(", ") || "None",
            ],
          ]}
        />
      </Section>
      {scored && explanation ? (
        <ScoreExplanation
          explanation={explanation}
          alternatives={alternatives}
          contractTitles={Object.fromEntries(contracts.map((c) => [c.id, c.title]))}
          countryName={(code) => names.get(code) ?? code}
        />
      ) : (
        <EmptyState title="Not scored">
          {evaluation
            ? "Archived deployments, and deployments of archived models, take part in no score."
            : "Create a policy scenario to see risk."}
        </EmptyState>
      )}
      {scored && (
        <TreatmentSection
          deploymentId={id}
          result={scored.deployment(id)}
          appetite={scored.internals.scoring.methodology.source.appetite}
          asOf={scored.asOf}
          alternatives={alternatives}
          role={user.role}
        />
      )}
    </>
  );
}
