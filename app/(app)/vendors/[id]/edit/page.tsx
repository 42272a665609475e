import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { VendorForm } from "@/components/inventory/vendor-form";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { toFormValues } from "@/lib/server/inventory/to-form-values";

export const metadata: Metadata = { title: "Edit vendor" };

export default async function EditVendorPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("update", "vendor");
  const { id } = await params;
  const [vendor, countries] = await Promise.all([
    db.vendor.findUnique({ where: { id } }),
    db.jurisdiction.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
  ]);
  if (!vendor) notFound();
  return (
    <>
      <PageHeader title={`Edit ${vendor.name}`} />
      <VendorForm initial={toFormValues.vendor(vendor)} countries={countries} />
    </>
  );
}
