import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClauseForm } from "@/components/contracts/clause-form";
import { PageHeader } from "@/components/ui/card";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { getContract } from "@/lib/server/inventory/get-contract";

export const metadata: Metadata = { title: "Add clause" };

export default async function NewClausePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("create", "clause");
  const { id } = await params;
  const contract = await getContract(db, id);
  if (!contract) notFound();
  return (
    <>
      <PageHeader title="Add clause" description={contract.title} />
      <ClauseForm contractId={id} />
    </>
  );
}
