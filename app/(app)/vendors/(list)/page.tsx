import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { ListActions } from "@/components/inventory/list-actions";
import { VendorTable } from "@/components/inventory/vendor-table";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import { getRequestedEvaluation } from "@/lib/server/engine/get-evaluation";
import { listVendors } from "@/lib/server/inventory/list-vendors";
import { vendorList } from "@/lib/validation/inventory-lists";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  const state = vendorList.parse(params);
  // Contract gaps are judged under ?scenario= as of ?asOf=, like the API and the CSV export.
  const evaluation = state.filters.gaps.length ? await getRequestedEvaluation(params) : null;
  const [{ rows, total }, countries] = await Promise.all([
    listVendors(db, state, false, evaluation),
    db.jurisdiction.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
  ]);
  return (
    <>
      <PageHeader
        title="Vendors"
        description="Companies supplying AI models, their headquarters and contracts."
        actions={
          <ListActions role={user.role} entity="vendor" path="/vendors" noun="vendor" importable />
        }
      />
      <VendorTable rows={rows} total={total} state={state} countries={countries} />
    </>
  );
}
