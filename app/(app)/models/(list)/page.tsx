import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { ListActions } from "@/components/inventory/list-actions";
import { ModelTable } from "@/components/inventory/model-table";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import { listModels } from "@/lib/server/inventory/list-models";
import { modelList } from "@/lib/validation/inventory-lists";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const state = modelList.parse(await searchParams);
  const [{ rows, total }, countries, vendors] = await Promise.all([
    listModels(db, state),
    db.jurisdiction.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db.vendor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return (
    <>
      <PageHeader
        title="Models"
        description="Unknown facts (origin, weights, compute) are treated as the worst case when scoring."
        actions={
          <ListActions role={user.role} entity="model" path="/models" noun="model" importable />
        }
      />
      <ModelTable rows={rows} total={total} state={state} vendors={vendors} countries={countries} />
    </>
  );
}
