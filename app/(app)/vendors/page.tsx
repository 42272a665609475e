import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { ListActions } from "@/components/inventory/list-actions";
import { VendorTable } from "@/components/inventory/vendor-table";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import { listVendors } from "@/lib/server/inventory/list-vendors";
import { vendorList } from "@/lib/validation/inventory-lists";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const state = vendorList.parse(await searchParams);
  const [{ rows, total }, countries] = await Promise.all([
    listVendors(db, state),
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
