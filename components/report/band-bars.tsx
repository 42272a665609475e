import { BANDS, type Band } from "@/lib/domain/bands";
import { BAND_COLOR } from "@/components/charts/palette";

const ROW = 18;
const GAP = 8;
const LABEL = 150;
const WIDTH = 520;

/** Deployments per band as horizontal bars (plain SVG: prints as vector graphics). */
export function BandBars({ series }: { series: { name: string; bands: Record<Band, number> }[] }) {
  const max = Math.max(1, ...series.flatMap((s) => BANDS.map((b) => s.bands[b.id])));
  const bars = series.flatMap((s, si) =>
    BANDS.map((b, bi) => ({
      key: `${si}-${b.id}`,
      top: si * (BANDS.length * ROW + GAP) + bi * ROW,
      text: series.length > 1 ? `${s.name.slice(0, 14)} · ${b.label}` : b.label,
      value: s.bands[b.id],
      fill: BAND_COLOR[b.id],
    })),
  );
  const height = series.length * BANDS.length * ROW + (series.length - 1) * GAP;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="w-full max-w-xl text-zinc-800 dark:text-zinc-200 print:text-black"
      role="img"
      aria-label="Deployments per band"
    >
      {bars.map((bar) => {
        const w = ((WIDTH - LABEL - 40) * bar.value) / max;
        return (
          <g key={bar.key}>
            <text x={0} y={bar.top + 13} fontSize={11} fill="currentColor">
              {bar.text}
            </text>
            <rect x={LABEL} y={bar.top + 2} width={w} height={ROW - 4} fill={bar.fill} />
            <text x={LABEL + w + 4} y={bar.top + 13} fontSize={11} fill="currentColor">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
