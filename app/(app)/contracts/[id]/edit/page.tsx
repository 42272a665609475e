import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { ContractForm } from "@/components/inventory/contract-form";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listOptions } from "@/lib/server/inventory/list-options";
import { toFormValues } from "@/lib/server/inventory/to-form-values";

export const metadata: Metadata = { title: "Edit contract" };

export default async function EditContractPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("update", "contract");
  const { id } = await params;
  const [contract, options] = await Promise.all([
    db.contract.findUnique({ where: { id } }),
    listOptions(db),
  ]);
  if (!contract) notFound();
  return (
    <>
      <PageHeader title={`Edit ${contract.title}`} />
      <ContractForm
        initial={toFormValues.contract(contract)}
        vendors={options.vendors}
        countries={options.countries}
        models={options.models}
      />
    </>
  );
}
