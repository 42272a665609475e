import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ArchivedBadge, EntityHeaderActions } from "@/components/inventory/entity-header-actions";
import { EditLink, Facts, Section, TextLink } from "@/components/inventory/detail-parts";
import { ASSESSMENT_LABELS } from "@/components/contracts/assessment-labels";
import { can } from "@/lib/auth/permissions";
import { today } from "@/lib/clock";
import { isContractInForce } from "@/lib/domain";
import { formatDate, titleCase } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import { getContract } from "@/lib/server/inventory/get-contract";
import { setContractArchivedAction } from "../actions";

export const metadata: Metadata = { title: "Contract" };

/** What a contract covers, in the words a reader checks a deployment's channel against. */
function coverageWords(c: NonNullable<Awaited<ReturnType<typeof getContract>>>): string {
  if (c.coverage === "LISTED_MODELS")
    return `${c.coveredModels.map((m) => m.name).join(", ")} — on any channel, on premises included`;
  if (c.coverage === "MODEL_SERVICE")
    return `Deployments on ${c.vendor.name}'s cloud${c.vendor.cloudProviderCode ? ` (${c.vendor.cloudProviderCode})` : ""} only`;
  return c.vendor.cloudProviderCode
    ? `All of ${c.vendor.name}'s services: its own API and deployments on its cloud (${c.vendor.cloudProviderCode})`
    : `All of ${c.vendor.name}'s services (deployments using its API)`;
}

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const c = await getContract(db, id);
  if (!c) notFound();
  const archived = c.archivedAt !== null;
  const effective = formatDate(c.effectiveDate);
  const expiry = c.expiryDate ? formatDate(c.expiryDate) : null;
  const inForce = isContractInForce({ effectiveDate: effective, expiryDate: expiry }, today());
  return (
    <>
      <PageHeader
        title={c.title}
        description={
          <span className="flex items-center gap-2">
            <TextLink href={`/vendors/${c.vendor.id}`}>{c.vendor.name}</TextLink>
            <Badge>{inForce ? "In force" : "Not in force"}</Badge>
            <ArchivedBadge archivedAt={c.archivedAt} />
          </span>
        }
        actions={
          <EntityHeaderActions
            role={user.role}
            entity="contract"
            editHref={`/contracts/${id}/edit`}
            archive={{
              id,
              version: c.version,
              archived,
              name: c.title,
              action: setContractArchivedAction,
            }}
          />
        }
      />
      <Section title="Details">
        <Facts
          items={[
            ["Effective", effective],
            ["Expires", expiry ?? "Open-ended"],
            ["Covers", coverageWords(c)],
            ["Governing law", c.governingLaw?.name ?? "Not stated"],
            ["Last updated", formatDate(c.updatedAt)],
          ]}
        />
      </Section>
      <Section title="Clauses">
        {can(user.role, "create", "clause") && !archived && (
          <div className="mb-3 flex flex-wrap gap-2">
            <EditLink href={`/contracts/${id}/clauses/new`} label="Add clause" />
            <EditLink href={`/contracts/${id}/import`} label="Bring in agreement" />
          </div>
        )}
        {c.clauses.length === 0 ? (
          <EmptyState title="No clauses recorded" />
        ) : (
          <Table aria-label="Clauses">
            <thead>
              <tr>
                <Th>Type</Th>
                <Th>Heading</Th>
                <Th>Assessment</Th>
                <Th>Text</Th>
              </tr>
            </thead>
            <tbody>
              {c.clauses.map((cl) => (
                <tr key={cl.id}>
                  <Td className="whitespace-nowrap">{titleCase(cl.type)}</Td>
                  <Td>
                    <TextLink href={`/contracts/${id}/clauses/${cl.id}`}>{cl.heading}</TextLink>
                  </Td>
                  <Td>
                    <Badge>{ASSESSMENT_LABELS[cl.assessment]}</Badge>
                  </Td>
                  <Td className="max-w-xl text-zinc-700 dark:text-zinc-300">{cl.text}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
    </>
  );
}
