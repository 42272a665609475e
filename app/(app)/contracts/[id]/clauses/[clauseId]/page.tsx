import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnotationThread } from "@/components/annotations/annotation-thread";
import { ClauseAnnotator } from "@/components/annotations/clause-annotator";
import { AssessmentForm } from "@/components/contracts/assessment-form";
import { AssessmentHistory } from "@/components/contracts/assessment-history";
import { ASSESSMENT_LABELS } from "@/components/contracts/assessment-labels";
import { EditLink, Section, TextLink } from "@/components/inventory/detail-parts";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { titleCase } from "@/lib/format";
import { listPeople } from "@/lib/server/annotations/list-people";
import { getClause } from "@/lib/server/contracts/get-clause";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Clause" };

export default async function ClausePage({
  params,
}: {
  params: Promise<{ id: string; clauseId: string }>;
}) {
  const user = await requireUser();
  const { id, clauseId } = await params;
  const clause = await getClause(db, clauseId);
  if (!clause || clause.contractId !== id) notFound();
  const canAnnotate = can(user.role, "create", "annotation");
  const canAssess = can(user.role, "update", "clause");
  const people = canAnnotate ? await listPeople(db) : [];
  const open = clause.annotations.filter((a) => a.status === "OPEN").length;
  return (
    <>
      <PageHeader
        title={clause.heading}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <TextLink href={`/contracts/${id}`}>{clause.contract.title}</TextLink>
            <span>· {clause.contract.vendor.name}</span>
            <Badge>{titleCase(clause.type)}</Badge>
            <Badge data-testid="clause-assessment">{ASSESSMENT_LABELS[clause.assessment]}</Badge>
          </span>
        }
        actions={
          canAssess ? (
            <EditLink href={`/contracts/${id}/clauses/${clauseId}/edit`} label="Edit clause" />
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Section title="Text">
            {clause.type === "DATA_RESIDENCY" && (
              <p
                className="mb-3 rounded-md border border-zinc-200 bg-zinc-50 p-2 text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300"
                data-testid="clause-places"
              >
                {clause.placeNames.length > 0
                  ? `Keeps data in ${clause.placeNames.join(", ")}: it lowers the risk only of deployments processed entirely there.`
                  : "Follows the region chosen for each deployment: it lowers the risk of deployments with regional or zone processing, never global."}
              </p>
            )}
            <ClauseAnnotator
              clause={{ id: clause.id, version: clause.version, text: clause.text }}
              notes={clause.annotations
                .filter(
                  (a) => a.anchor === "ANCHORED" && a.startOffset !== null && a.endOffset !== null,
                )
                .map((a) => ({
                  id: a.id,
                  start: a.startOffset!,
                  end: a.endOffset!,
                  tag: a.tag,
                  resolved: a.status === "RESOLVED",
                }))}
              canAnnotate={canAnnotate}
              people={people}
            />
          </Section>
          <Section title={`Annotations (${open} open of ${clause.annotations.length})`}>
            {clause.annotations.length === 0 ? (
              <EmptyState title="No annotations yet">
                {canAnnotate ? "Select text in the clause to annotate it." : null}
              </EmptyState>
            ) : (
              <div className="space-y-3">
                {clause.annotations.map((a) => (
                  <AnnotationThread key={a.id} note={a} canAnnotate={canAnnotate} people={people} />
                ))}
              </div>
            )}
          </Section>
        </div>
        <div className="space-y-6">
          {canAssess && (
            <Section title="Assess">
              <AssessmentForm
                clauseId={clause.id}
                version={clause.version}
                current={clause.assessment}
              />
            </Section>
          )}
          <Section title="Assessment history">
            <AssessmentHistory entries={clause.assessments} current={clause.assessment} />
          </Section>
        </div>
      </div>
    </>
  );
}
