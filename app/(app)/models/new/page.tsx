import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { ModelForm } from "@/components/inventory/model-form";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listOptions } from "@/lib/server/inventory/list-options";

export const metadata: Metadata = { title: "New model" };

export default async function NewModelPage({
  searchParams,
}: {
  searchParams: Promise<{ vendor?: string }>;
}) {
  await requirePagePermission("create", "model");
  const [{ vendor }, options] = await Promise.all([searchParams, listOptions(db)]);
  return (
    <>
      <PageHeader title="New model" />
      <ModelForm vendors={options.vendors} countries={options.countries} defaultVendorId={vendor} />
    </>
  );
}
