"use client";

import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { BANDS } from "@/lib/domain/bands";
import { BAND_COLOR } from "./palette";

export interface TrendDatum {
  /** Label on the time axis, e.g. "1 Dec 09:14". */
  label: string;
  LOW: number;
  MEDIUM: number;
  HIGH: number;
  CRITICAL: number;
}

/** Band counts over time as stacked areas (recharts), in the shared band colours. */
export function TrendChart({ data, label }: { data: TrendDatum[]; label: string }) {
  const tick = { fontSize: 12, fill: "currentColor" };
  return (
    <figure
      aria-label={label}
      data-testid="trend-chart"
      className="text-zinc-700 dark:text-zinc-300"
    >
      <AreaChart
        responsive
        data={data}
        style={{ width: "100%", height: 240 }}
        margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="label" tick={tick} minTickGap={24} />
        <YAxis allowDecimals={false} tick={tick} width={48} />
        <Tooltip
          contentStyle={{ background: "var(--background, #fff)", color: "inherit", fontSize: 12 }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {BANDS.map((band) => (
          <Area
            key={band.id}
            type="stepAfter"
            dataKey={band.id}
            name={band.label}
            stackId="bands"
            stroke={BAND_COLOR[band.id]}
            fill={BAND_COLOR[band.id]}
            fillOpacity={0.7}
            isAnimationActive={false}
            dot={data.length === 1}
          />
        ))}
      </AreaChart>
    </figure>
  );
}
