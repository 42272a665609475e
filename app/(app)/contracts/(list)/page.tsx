import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { ContractTable } from "@/components/inventory/contract-table";
import { ListActions } from "@/components/inventory/list-actions";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import { listContracts } from "@/lib/server/inventory/list-contracts";
import { contractList } from "@/lib/validation/inventory-lists";

export const metadata: Metadata = { title: "Contracts" };

export default async function ContractsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const state = contractList.parse(await searchParams);
  const [{ rows, total }, vendors] = await Promise.all([
    listContracts(db, state),
    db.vendor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return (
    <>
      <PageHeader
        title="Contracts"
        description="Vendor contracts; their assessed clauses lower or raise residual risk while in force."
        actions={
          <ListActions role={user.role} entity="contract" path="/contracts" noun="contract" />
        }
      />
      <ContractTable rows={rows} total={total} state={state} vendors={vendors} />
    </>
  );
}
