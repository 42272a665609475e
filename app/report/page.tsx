import type { Metadata } from "next";
import { requireUser } from "@/lib/server/guards";
import { listScenarioOptions } from "@/lib/server/engine/get-evaluation";
import { loadReport } from "@/lib/server/report/load-report";
import { ReportScreen } from "@/components/report/report-screen";

export const metadata: Metadata = { title: "Footprint and exposure report" };

const one = (value: string | string[] | undefined) =>
  typeof value === "string" && value ? value : null;

/** The printable report: outside the app's layout, so it prints without navigation chrome. */
export default async function ReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const params = await searchParams;
  const [data, scenarios] = await Promise.all([
    loadReport(one(params.scenario), one(params.compare)),
    listScenarioOptions(),
  ]);
  if (!data) return <p className="p-8">There is no policy scenario yet.</p>;
  const query = new URLSearchParams({ scenario: data.report.scenario.id });
  if (data.compare) query.set("compare", data.compare.scenario.id);
  return <ReportScreen data={data} scenarios={scenarios} query={query.toString()} />;
}
