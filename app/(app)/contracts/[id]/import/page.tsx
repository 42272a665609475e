import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementImport } from "@/components/contracts/agreement-import";
import { PageHeader } from "@/components/ui/card";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { getContract } from "@/lib/server/inventory/get-contract";

export const metadata: Metadata = { title: "Bring in agreement" };

export default async function ImportAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("create", "clause");
  const { id } = await params;
  const contract = await getContract(db, id);
  if (!contract) notFound();
  return (
    <>
      <PageHeader
        title="Bring in agreement"
        description={`Clauses are added to ${contract.title} after you review them.`}
      />
      <AgreementImport contractId={id} />
    </>
  );
}
