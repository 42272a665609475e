import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClauseForm } from "@/components/contracts/clause-form";
import { PageHeader } from "@/components/ui/card";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { getContract } from "@/lib/server/inventory/get-contract";
import { listCountries } from "@/lib/server/inventory/list-options";

export const metadata: Metadata = { title: "Add clause" };

export default async function NewClausePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("create", "clause");
  const { id } = await params;
  const [contract, countries] = await Promise.all([getContract(db, id), listCountries(db)]);
  if (!contract) notFound();
  return (
    <>
      <PageHeader title="Add clause" description={contract.title} />
      <ClauseForm contractId={id} countries={countries} />
    </>
  );
}
