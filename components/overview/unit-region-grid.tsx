import { BANDS, type Band } from "@/lib/domain/bands";
import type { OverviewSummary } from "@/lib/domain/overview/summarize-overview";
import { HeatmapChart } from "@/components/charts/heatmap-chart";
import { BAND_COLOR, BAND_TEXT } from "@/components/charts/palette";
import { Table, Td, Th } from "@/components/ui/table";
import { ChartTable, Section } from "./chart-table";
import { unitRegionLink } from "./overview-links";

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const bandLabel = (band: Band) => BANDS.find((b) => b.id === band)!.label;

/** Business unit × region: the highest residual score of the deployments in each cell. */
export function UnitRegionGrid({
  scenarioId,
  summary,
}: {
  scenarioId: string;
  summary: OverviewSummary;
}) {
  const regions = [...new Set(summary.unitRegion.map((c) => c.region))].sort(collator.compare);
  // Bottom-up on the chart's y axis: the first unit by name is drawn at the top.
  const units = [...new Set(summary.unitRegion.map((c) => c.unit))].sort(collator.compare);
  const yLabels = [...units].reverse();
  const describe = (c: OverviewSummary["unitRegion"][number]) =>
    `${c.unit}, ${c.region}: ${c.deployments} deployment${c.deployments === 1 ? "" : "s"}, highest residual ${c.maxResidual} (${bandLabel(c.maxBand)})`;
  const cells = summary.unitRegion.map((c) => {
    const band = c.maxBand;
    return {
      x: regions.indexOf(c.region),
      y: yLabels.indexOf(c.unit),
      label: String(c.maxResidual),
      fill: BAND_COLOR[band],
      textColor: BAND_TEXT[band],
      description: describe(c),
      href: unitRegionLink(scenarioId, c.unit, c.region),
    };
  });
  const sorted = [...summary.unitRegion].sort(
    (a, b) => collator.compare(a.unit, b.unit) || collator.compare(a.region, b.region),
  );
  return (
    <Section
      id="unit-region"
      title="Business unit × region"
      description="Highest residual score of the deployments each unit runs in each region."
    >
      {cells.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No deployments count yet.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <div style={{ minWidth: Math.max(320, 140 + regions.length * 56) }}>
            <HeatmapChart
              cells={cells}
              xLabels={regions}
              yLabels={yLabels}
              xTitle="Region"
              yTitle=""
              label="Business unit by region heatmap"
              height={Math.max(160, 60 + units.length * 34)}
              yAxisWidth={130}
              testId="heatmap-unit-region"
            />
          </div>
        </div>
      )}
      <ChartTable label="Business unit × region">
        <Table aria-label="Highest residual by business unit and region">
          <thead>
            <tr>
              <Th>Business unit</Th>
              <Th>Region</Th>
              <Th className="text-right">Deployments</Th>
              <Th className="text-right">Highest residual</Th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr key={`${c.unit}|${c.region}`}>
                <Td>{c.unit}</Td>
                <Td>{c.region}</Td>
                <Td className="text-right tabular-nums">{c.deployments}</Td>
                <Td className="text-right tabular-nums">
                  {c.maxResidual} ({bandLabel(c.maxBand)})
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </ChartTable>
    </Section>
  );
}
