import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { ContractForm } from "@/components/inventory/contract-form";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listOptions } from "@/lib/server/inventory/list-options";

export const metadata: Metadata = { title: "New contract" };

export default async function NewContractPage({
  searchParams,
}: {
  searchParams: Promise<{ vendor?: string }>;
}) {
  await requirePagePermission("create", "contract");
  const [{ vendor }, options] = await Promise.all([searchParams, listOptions(db)]);
  return (
    <>
      <PageHeader
        title="New contract"
        description="Clauses are recorded and assessed on the contract's page."
      />
      <ContractForm
        vendors={options.vendors}
        countries={options.countries}
        models={options.models}
        defaultVendorId={vendor}
      />
    </>
  );
}
