import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { DeploymentForm } from "@/components/inventory/deployment-form";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listOptions } from "@/lib/server/inventory/list-options";

export const metadata: Metadata = { title: "New deployment" };

export default async function NewDeploymentPage({
  searchParams,
}: {
  searchParams: Promise<{ model?: string }>;
}) {
  await requirePagePermission("create", "deployment");
  const [{ model }, options] = await Promise.all([searchParams, listOptions(db)]);
  return (
    <>
      <PageHeader
        title="New deployment"
        description="The reach (every country processing may touch) is computed from the cloud region and scope when you save."
      />
      <DeploymentForm
        models={options.models}
        countries={options.countries}
        defaultModelId={model}
      />
    </>
  );
}
