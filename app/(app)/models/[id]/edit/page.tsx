import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { ModelForm } from "@/components/inventory/model-form";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listOptions } from "@/lib/server/inventory/list-options";
import { toFormValues } from "@/lib/server/inventory/to-form-values";

export const metadata: Metadata = { title: "Edit model" };

export default async function EditModelPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("update", "model");
  const { id } = await params;
  const [model, options] = await Promise.all([
    db.aiModel.findUnique({ where: { id } }),
    listOptions(db),
  ]);
  if (!model) notFound();
  return (
    <>
      <PageHeader title={`Edit ${model.name}`} />
      <ModelForm
        initial={toFormValues.model(model)}
        vendors={options.vendors}
        countries={options.countries}
      />
    </>
  );
}
