import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LiveRefresh } from "@/components/live/live-refresh";
import { OverviewScreen } from "@/components/overview/overview-screen";
import { GettingStartedPanel } from "@/components/getting-started/getting-started-panel";
import { parseAsOf } from "@/lib/as-of";
import { requireUser } from "@/lib/server/guards";
import { loadOverview } from "@/lib/server/overview/load-overview";
import { loadGettingStarted } from "@/lib/server/setup/load-getting-started";

export const metadata: Metadata = { title: "Overview" };

const one = (value: string | string[] | undefined) =>
  typeof value === "string" && value ? value : null;

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  const [data, steps] = await Promise.all([
    loadOverview(one(params.scenario), one(params.baseline), {
      since: one(params.since),
      asOf: parseAsOf(params.asOf) ?? undefined,
    }),
    loadGettingStarted(),
  ]);
  const intro = steps && <GettingStartedPanel steps={steps} role={user.role} />;
  if (!data)
    return (
      <>
        <PageHeader title="Overview" actions={<LiveRefresh />} />
        {intro}
        <EmptyState title="No policy scenario yet">Create a scenario to see risk.</EmptyState>
      </>
    );
  return <OverviewScreen data={data} intro={intro} />;
}
