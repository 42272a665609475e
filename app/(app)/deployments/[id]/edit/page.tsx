import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { DeploymentForm } from "@/components/inventory/deployment-form";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listOptions } from "@/lib/server/inventory/list-options";
import { toFormValues } from "@/lib/server/inventory/to-form-values";

export const metadata: Metadata = { title: "Edit deployment" };

export default async function EditDeploymentPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("update", "deployment");
  const { id } = await params;
  const [deployment, options] = await Promise.all([
    db.deployment.findUnique({ where: { id } }),
    listOptions(db),
  ]);
  if (!deployment) notFound();
  return (
    <>
      <PageHeader title={`Edit ${deployment.ref}`} />
      <DeploymentForm
        initial={toFormValues.deployment(deployment)}
        models={options.models}
        countries={options.countries}
      />
    </>
  );
}
