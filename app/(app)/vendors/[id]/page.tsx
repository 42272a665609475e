import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { scoredUnder } from "@/components/shell/evaluation-controls";
import { ArchivedBadge, EntityHeaderActions } from "@/components/inventory/entity-header-actions";
import { Facts, LinkList, Section, TextLink } from "@/components/inventory/detail-parts";
import { DeploymentRiskTable } from "@/components/inventory/deployment-risk-table";
import { can } from "@/lib/auth/permissions";
import { formatDate, titleCase } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import { getRequestedEvaluation, listScenarioOptions } from "@/lib/server/engine/get-evaluation";
import { getVendor } from "@/lib/server/inventory/get-vendor";
import { setVendorArchivedAction } from "../actions";

export const metadata: Metadata = { title: "Vendor" };

export default async function VendorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ scenario?: string; asOf?: string }>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const found = await getVendor(db, id);
  if (!found) notFound();
  const { vendor, deployments, deploymentCount } = found;
  const [evaluation, scenarios] = await Promise.all([
    getRequestedEvaluation(query),
    listScenarioOptions(),
  ]);
  const archived = vendor.archivedAt !== null;
  return (
    <>
      <PageHeader
        title={vendor.name}
        description={
          <span className="flex items-center gap-2">
            <Badge>{titleCase(vendor.status)}</Badge>
            <ArchivedBadge archivedAt={vendor.archivedAt} />
          </span>
        }
        actions={
          <EntityHeaderActions
            role={user.role}
            entity="vendor"
            editHref={`/vendors/${id}/edit`}
            archive={{
              id,
              version: vendor.version,
              archived,
              name: vendor.name,
              action: setVendorArchivedAction,
            }}
            evaluation={evaluation}
            scenarios={scenarios}
          />
        }
      />
      <Section title="Details">
        <Facts
          items={[
            ["Headquarters", vendor.hq?.name ?? "Unknown"],
            [
              "Website",
              vendor.website ? (
                <a
                  className="text-sky-800 hover:underline dark:text-sky-300"
                  href={vendor.website}
                  rel="noreferrer"
                >
                  {vendor.website}
                </a>
              ) : (
                "—"
              ),
            ],
            ["Relationship owner", vendor.owner || "—"],
            ["Notes", vendor.notes || "—"],
            ["Last updated", formatDate(vendor.updatedAt)],
          ]}
        />
      </Section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Models">
          {vendor.models.length === 0 ? (
            <EmptyState title="No models">
              {can(user.role, "create", "model") && !archived && (
                <TextLink href={`/models/new?vendor=${id}`}>Add a model of {vendor.name}</TextLink>
              )}
            </EmptyState>
          ) : (
            <LinkList
              items={vendor.models.map((m) => ({
                href: `/models/${m.id}`,
                label: m.name,
                detail: `${titleCase(m.capabilityClass)} · ${m.weights ? titleCase(m.weights) : "weights unknown"}${m.archivedAt ? " · archived" : ""}`,
              }))}
            />
          )}
        </Section>
        <Section title="Contracts">
          {vendor.contracts.length === 0 ? (
            <EmptyState title="No contracts">
              {can(user.role, "create", "contract") && !archived && (
                <TextLink href={`/contracts/new?vendor=${id}`}>
                  Add a contract with {vendor.name}
                </TextLink>
              )}
            </EmptyState>
          ) : (
            <LinkList
              items={vendor.contracts.map((c) => ({
                href: `/contracts/${c.id}`,
                label: c.title,
                detail: `${formatDate(c.effectiveDate)} – ${c.expiryDate ? formatDate(c.expiryDate) : "open-ended"}${c.archivedAt ? " · archived" : ""}`,
              }))}
            />
          )}
        </Section>
      </div>
      <Section
        title="Deployments"
        actions={
          deploymentCount > deployments.length ? (
            <TextLink href={`/deployments?vendor=${id}`}>
              All {deploymentCount} in the deployments list
            </TextLink>
          ) : undefined
        }
      >
        {deployments.length === 0 ? (
          <EmptyState title="No deployments of this vendor's models" />
        ) : (
          <DeploymentRiskTable
            label="Deployments of this vendor's models"
            evaluation={evaluation}
            riskHeading={`Risk${scoredUnder(evaluation)}`}
            rows={deployments}
            showModel
            serves="code"
          />
        )}
      </Section>
    </>
  );
}
