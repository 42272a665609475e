import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClauseForm } from "@/components/contracts/clause-form";
import { PageHeader } from "@/components/ui/card";
import { getClause } from "@/lib/server/contracts/get-clause";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listCountries } from "@/lib/server/inventory/list-options";

export const metadata: Metadata = { title: "Edit clause" };

export default async function EditClausePage({
  params,
}: {
  params: Promise<{ id: string; clauseId: string }>;
}) {
  await requirePagePermission("update", "clause");
  const { id, clauseId } = await params;
  const [clause, countries] = await Promise.all([getClause(db, clauseId), listCountries(db)]);
  if (!clause || clause.contractId !== id) notFound();
  return (
    <>
      <PageHeader title={`Edit ${clause.heading}`} description={clause.contract.title} />
      <ClauseForm
        contractId={id}
        clause={{
          id: clause.id,
          version: clause.version,
          type: clause.type,
          heading: clause.heading,
          text: clause.text,
          places: clause.places,
        }}
        countries={countries}
      />
    </>
  );
}
