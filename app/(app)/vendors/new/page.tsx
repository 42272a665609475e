import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { VendorForm } from "@/components/inventory/vendor-form";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";

export const metadata: Metadata = { title: "New vendor" };

export default async function NewVendorPage() {
  await requirePagePermission("create", "vendor");
  const countries = await db.jurisdiction.findMany({
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
  return (
    <>
      <PageHeader title="New vendor" />
      <VendorForm countries={countries} />
    </>
  );
}
