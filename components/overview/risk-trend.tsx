import { BANDS } from "@/lib/domain/bands";
import type { TrendPoint } from "@/lib/server/snapshots/load-trend";
import { TrendChart, type TrendDatum } from "@/components/charts/trend-chart";
import { Table, Td, Th } from "@/components/ui/table";
import { ChartTable, Section } from "./chart-table";

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  });

/** Band counts over time from the scenario's risk snapshots, with the same numbers as a table. */
export function RiskTrend({ trend, scenarioName }: { trend: TrendPoint[]; scenarioName: string }) {
  const data: TrendDatum[] = trend.map((p) => ({ label: when(p.takenAt), ...p.bands }));
  // The last snapshot holds until now: a single snapshot still draws as a band, not a dot.
  if (data.length > 0) data.push({ ...data[data.length - 1], label: "now" });
  return (
    <Section
      id="trend"
      title="Trend"
      description={`Deployments per band over time under “${scenarioName}”, from snapshots taken after each change (at most one a minute) and once a day (times in UTC).`}
    >
      {trend.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No snapshot yet.</p>
      ) : (
        <TrendChart data={data} label={`Deployments per band over time under ${scenarioName}`} />
      )}
      <ChartTable label="Trend">
        <Table aria-label="Deployments per band over time" data-testid="trend-table">
          <thead>
            <tr>
              <Th>Taken (UTC)</Th>
              {BANDS.map((b) => (
                <Th key={b.id} className="text-right">
                  {b.label}
                </Th>
              ))}
              <Th className="text-right">Findings</Th>
              <Th>Method</Th>
              <Th className="text-right">Data revision</Th>
            </tr>
          </thead>
          <tbody>
            {[...trend].reverse().map((p) => (
              <tr key={p.takenAt}>
                <Td>{when(p.takenAt)}</Td>
                {BANDS.map((b) => (
                  <Td key={b.id} className="text-right tabular-nums">
                    {p.bands[b.id]}
                  </Td>
                ))}
                <Td className="text-right tabular-nums">{p.findings}</Td>
                <Td>{p.methodology}</Td>
                <Td className="text-right tabular-nums">{p.dataRevision}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </ChartTable>
    </Section>
  );
}
