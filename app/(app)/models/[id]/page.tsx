import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { scoredUnder } from "@/components/shell/evaluation-controls";
import { AccessByOutcome } from "@/components/inventory/access-by-outcome";
import { ArchivedBadge, EntityHeaderActions } from "@/components/inventory/entity-header-actions";
import { Facts, Section, TextLink } from "@/components/inventory/detail-parts";
import { DeploymentRiskTable } from "@/components/inventory/deployment-risk-table";
import { can } from "@/lib/auth/permissions";
import { formatDate, titleCase } from "@/lib/format";
import { describeCompute } from "@/lib/reference/compute-estimate";
import { MODEL_LICENCE_LABELS, WEIGHTS_LABELS } from "@/lib/reference/reference-status";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import { getRequestedEvaluation, listScenarioOptions } from "@/lib/server/engine/get-evaluation";
import { getModel } from "@/lib/server/inventory/get-model";
import { setModelArchivedAction } from "../actions";

export const metadata: Metadata = { title: "Model" };

export default async function ModelPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ scenario?: string; asOf?: string }>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const found = await getModel(db, id);
  if (!found) notFound();
  const { model, deployments, deploymentCount, fallbackFor } = found;
  const [evaluation, scenarios] = await Promise.all([
    getRequestedEvaluation(query),
    listScenarioOptions(),
  ]);
  const archived = model.archivedAt !== null;
  const scored = evaluation?.modelIds.includes(id) ?? false;
  const names = new Map(evaluation?.inventory.jurisdictions.map((j) => [j.code, j.name]) ?? []);
  const cells =
    evaluation && scored
      ? evaluation.jurisdictionCodes.map((code) => ({
          code,
          name: names.get(code) ?? code,
          outcome: evaluation.outcomeOf(id, code),
          upcoming: evaluation.upcomingOutcomeOf(id, code),
        }))
      : [];
  const unknown = (
    <span className="text-amber-700 dark:text-amber-400">unknown (worst case assumed)</span>
  );
  return (
    <>
      <PageHeader
        title={model.name}
        description={
          <span className="flex items-center gap-2">
            by <TextLink href={`/vendors/${model.vendor.id}`}>{model.vendor.name}</TextLink>
            <ArchivedBadge archivedAt={model.archivedAt} />
          </span>
        }
        actions={
          <EntityHeaderActions
            role={user.role}
            entity="model"
            editHref={`/models/${id}/edit`}
            archive={{
              id,
              version: model.version,
              archived,
              name: model.name,
              action: setModelArchivedAction,
            }}
            evaluation={evaluation}
            scenarios={scenarios}
          />
        }
      />
      <Section title="Details">
        <Facts
          items={[
            ["Version", model.modelVersion || "—"],
            ["Origin", model.origin?.name ?? unknown],
            ["Weights", model.weights ? WEIGHTS_LABELS[model.weights] : unknown],
            [
              "Licence",
              model.licence
                ? `${MODEL_LICENCE_LABELS[model.licence]}${model.licenceName ? ` — ${model.licenceName}` : ""}`
                : (model.licenceName ?? "—"),
            ],
            ["Training compute", describeCompute(model) ?? unknown],
            ["Compute source", model.computeSource ?? "—"],
            ["Capability class", titleCase(model.capabilityClass)],
            ["Modality", titleCase(model.modality)],
            ["Released", formatDate(model.releaseDate)],
            ["Export classification", model.exportClassification ?? "—"],
            ["Fallback for", `${fallbackFor} deployment${fallbackFor === 1 ? "" : "s"}`],
          ]}
        />
      </Section>
      <Section title={`Access by jurisdiction${scoredUnder(evaluation)}`}>
        {!evaluation ? (
          <EmptyState title="No policy scenario yet" />
        ) : !scored ? (
          <EmptyState title="Not scored">Archived models take part in no evaluation.</EmptyState>
        ) : (
          <AccessByOutcome cells={cells} />
        )}
      </Section>
      <Section
        title="Where it is deployed"
        actions={
          deploymentCount > deployments.length ? (
            <TextLink href={`/deployments?model=${id}`}>
              All {deploymentCount} in the deployments list
            </TextLink>
          ) : undefined
        }
      >
        {deployments.length === 0 ? (
          <EmptyState title="Not deployed">
            {can(user.role, "create", "deployment") && !archived && (
              <Link
                className="text-sky-800 hover:underline dark:text-sky-300"
                href={`/deployments/new?model=${id}`}
              >
                Add a deployment
              </Link>
            )}
          </EmptyState>
        ) : (
          <DeploymentRiskTable
            label="Deployments of this model"
            evaluation={evaluation}
            rows={deployments}
          />
        )}
      </Section>
    </>
  );
}
