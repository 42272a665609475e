import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { DeploymentForm } from "@/components/inventory/deployment-form";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listOptions } from "@/lib/server/inventory/list-options";
import { toFormValues } from "@/lib/server/inventory/to-form-values";

export const metadata: Metadata = { title: "Edit deployment" };

/** `?model=` pre-fills another model: "avoid" on the deployment page switches to an alternative. */
export default async function EditDeploymentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ model?: string }>;
}) {
  await requirePagePermission("update", "deployment");
  const [{ id }, { model }] = await Promise.all([params, searchParams]);
  const [deployment, options] = await Promise.all([
    db.deployment.findUnique({ where: { id } }),
    listOptions(db),
  ]);
  if (!deployment) notFound();
  const initial = toFormValues.deployment(deployment);
  if (model && options.models.some((m) => m.id === model)) initial.modelId = model;
  return (
    <>
      <PageHeader title={`Edit ${deployment.ref}`} />
      <DeploymentForm initial={initial} models={options.models} countries={options.countries} />
    </>
  );
}
