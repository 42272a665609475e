import { BANDS, type Band } from "@/lib/domain/bands";
import { cn } from "@/lib/cn";

/** Band fills with text at ≥ 4.5:1 on each (white on the light green fell to 3.4:1). */
export const BAND_CLASS: Record<Band, string> = {
  LOW: "bg-band-low text-zinc-900",
  MEDIUM: "bg-band-medium text-zinc-900",
  HIGH: "bg-band-high text-zinc-900",
  CRITICAL: "bg-band-critical text-white",
};

/** A risk band in the colours every screen uses; "—" when the row takes part in no score. */
export function BandBadge({ band, score }: { band: Band | null; score?: number | null }) {
  if (!band) return <span className="text-zinc-500 dark:text-zinc-400">—</span>;
  const label = BANDS.find((b) => b.id === band)?.label ?? band;
  return (
    <span
      className={cn(
        "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-semibold",
        BAND_CLASS[band],
      )}
    >
      {label}
      {score !== undefined && score !== null ? ` · ${score}` : ""}
    </span>
  );
}
