"use client";

import { Link } from "@/components/ui/link";
import { Scatter, ScatterChart, XAxis, YAxis, usePlotArea } from "recharts";

/** One cell of a heatmap: its column and row (0-based), what it shows, and where it leads. */
export interface HeatmapCell {
  x: number;
  y: number;
  /** Text in the cell (a count, a score); empty cells show nothing and link nowhere. */
  label: string;
  fill: string;
  textColor: string;
  /** Said by screen readers and shown as the tooltip. */
  description: string;
  href: string | null;
}

interface CellShapeProps {
  cx?: number;
  cy?: number;
  payload?: HeatmapCell;
}

const GAP = 2;

/**
 * A heatmap drawn with recharts (which has no heatmap of its own): a scatter chart whose points
 * are drawn as rectangles filling their cell of the plot area. Each non-empty cell is a link,
 * reachable by keyboard, with a visible focus ring.
 */
function CellShape({
  columns,
  rows,
  ...props
}: CellShapeProps & { columns: number; rows: number }) {
  const area = usePlotArea();
  const cell = props.payload;
  if (!area || !cell || props.cx === undefined || props.cy === undefined) return null;
  const width = area.width / columns - GAP;
  const height = area.height / rows - GAP;
  const shape = (
    <g className="heat-cell">
      <rect
        x={props.cx - width / 2}
        y={props.cy - height / 2}
        width={width}
        height={height}
        rx={3}
        fill={cell.fill}
      />
      <text
        x={props.cx}
        y={props.cy}
        textAnchor="middle"
        dominantBaseline="central"
        fill={cell.textColor}
        fontSize={Math.min(14, width / 3)}
        fontWeight={600}
      >
        {cell.label}
      </text>
      <title>{cell.description}</title>
    </g>
  );
  if (!cell.href || !cell.label) return shape;
  return (
    <Link href={cell.href} aria-label={cell.description} className="heat-link">
      {shape}
    </Link>
  );
}

export function HeatmapChart({
  cells,
  xLabels,
  yLabels,
  xTitle,
  yTitle,
  label,
  height,
  yAxisWidth = 40,
  testId,
}: {
  cells: HeatmapCell[];
  xLabels: string[];
  yLabels: string[];
  xTitle: string;
  yTitle: string;
  label: string;
  height: number;
  yAxisWidth?: number;
  testId?: string;
}) {
  const tick = { fontSize: 12, fill: "currentColor" };
  return (
    <figure aria-label={label} data-testid={testId} className="text-zinc-700 dark:text-zinc-300">
      <ScatterChart
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          dataKey="x"
          domain={[-0.5, xLabels.length - 0.5]}
          ticks={xLabels.map((_, i) => i)}
          tickFormatter={(i: number) => xLabels[i] ?? ""}
          tick={tick}
          interval={0}
          label={{ value: xTitle, position: "insideBottom", offset: -2, fill: "currentColor" }}
          height={40}
          tickLine={false}
          axisLine={false}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, yLabels.length - 0.5]}
          ticks={yLabels.map((_, i) => i)}
          tickFormatter={(i: number) => yLabels[i] ?? ""}
          tick={tick}
          interval={0}
          width={yAxisWidth}
          label={{ value: yTitle, angle: -90, position: "insideLeft", fill: "currentColor" }}
          tickLine={false}
          axisLine={false}
        />
        <Scatter
          data={cells}
          isAnimationActive={false}
          shape={(props: CellShapeProps) => (
            <CellShape {...props} columns={xLabels.length} rows={yLabels.length} />
          )}
        />
      </ScatterChart>
    </figure>
  );
}
