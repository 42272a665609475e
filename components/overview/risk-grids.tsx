import { BANDS, bandOf } from "@/lib/domain/bands";
import { GRID_SIZE, cellAt, cellIndex } from "@/lib/domain/overview/risk-cells";
import type { OverviewSummary } from "@/lib/domain/overview/summarize-overview";
import { HeatmapChart, type HeatmapCell } from "@/components/charts/heatmap-chart";
import { BAND_COLOR, BAND_TEXT } from "@/components/charts/palette";
import { Table, Td, Th } from "@/components/ui/table";
import { ChartTable, Section } from "./chart-table";
import { cellLink } from "./overview-links";

const LEVELS = Array.from({ length: GRID_SIZE }, (_, i) => String(i + 1));
const bandLabel = (score: number) => BANDS.find((b) => b.id === bandOf(score))!.label;

function gridCells(
  scenarioId: string,
  kind: "inherent" | "residual",
  counts: number[],
): HeatmapCell[] {
  return counts.map((count, index) => {
    const cell = cellAt(index);
    const band = bandOf(cell.likelihood * cell.impact);
    return {
      x: cell.impact - 1,
      y: cell.likelihood - 1,
      label: count ? count.toLocaleString("en") : "",
      // Empty cells keep their band's colour, faded, so the grid still reads as a risk matrix.
      fill: count ? BAND_COLOR[band] : `${BAND_COLOR[band]}40`,
      textColor: BAND_TEXT[band],
      description: `Likelihood ${cell.likelihood} × impact ${cell.impact} (${bandLabel(cell.likelihood * cell.impact)}): ${count} deployment${count === 1 ? "" : "s"}`,
      href: count ? cellLink(scenarioId, kind, cell) : null,
    };
  });
}

function GridTable({ counts, caption }: { counts: number[]; caption: string }) {
  return (
    <Table aria-label={caption}>
      <thead>
        <tr>
          <Th>Likelihood \ impact</Th>
          {LEVELS.map((l) => (
            <Th key={l} className="text-right">
              {l}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...LEVELS].reverse().map((likelihood) => (
          <tr key={likelihood}>
            <Th scope="row">{likelihood}</Th>
            {LEVELS.map((impact) => (
              <Td key={impact} className="text-right tabular-nums">
                {counts[cellIndex({ likelihood: Number(likelihood), impact: Number(impact) })]}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The 5 × 5 likelihood × impact heatmaps of inherent and of residual risk. */
export function RiskGrids({
  scenarioId,
  summary,
}: {
  scenarioId: string;
  summary: OverviewSummary;
}) {
  const grids = [
    {
      kind: "inherent" as const,
      title: "Inherent risk",
      description: "Before contract clauses: deployments per likelihood × impact.",
      counts: summary.inherentGrid,
    },
    {
      kind: "residual" as const,
      title: "Residual risk",
      description: "After contract clauses: deployments per likelihood × impact.",
      counts: summary.residualGrid,
    },
  ];
  return (
    <>
      {grids.map((g) => (
        <Section key={g.kind} id={`${g.kind}-grid`} title={g.title} description={g.description}>
          <HeatmapChart
            cells={gridCells(scenarioId, g.kind, g.counts)}
            xLabels={LEVELS}
            yLabels={LEVELS}
            xTitle="Impact"
            yTitle="Likelihood"
            label={`${g.title} heatmap`}
            height={300}
            testId={`heatmap-${g.kind}`}
          />
          <ChartTable label={g.title}>
            <GridTable counts={g.counts} caption={`${g.title}: deployments per cell`} />
          </ChartTable>
        </Section>
      ))}
    </>
  );
}
