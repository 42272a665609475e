import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LiveRefresh } from "@/components/live/live-refresh";
import { OverviewScreen } from "@/components/overview/overview-screen";
import { parseAsOf } from "@/lib/as-of";
import { requireUser } from "@/lib/server/guards";
import { loadOverview } from "@/lib/server/overview/load-overview";

export const metadata: Metadata = { title: "Overview" };

const one = (value: string | string[] | undefined) =>
  typeof value === "string" && value ? value : null;

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const params = await searchParams;
  const data = await loadOverview(one(params.scenario), one(params.baseline), {
    since: one(params.since),
    asOf: parseAsOf(params.asOf) ?? undefined,
  });
  if (!data)
    return (
      <>
        <PageHeader title="Overview" actions={<LiveRefresh />} />
        <EmptyState title="No policy scenario yet">Create a scenario to see risk.</EmptyState>
      </>
    );
  return <OverviewScreen data={data} />;
}
