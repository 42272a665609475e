import { Link } from "@/components/ui/link";
import { BANDS } from "@/lib/domain/bands";
import type { OverviewSummary } from "@/lib/domain/overview/summarize-overview";
import { BAND_COLOR } from "@/components/charts/palette";
import { bandLink, clauseGapsLink, criticalUnitsLink, notAllowedLink } from "./overview-links";

interface Figure {
  key: string;
  label: string;
  value: number;
  baseline: number;
  href: string;
  colour?: string;
}

function change(value: number, baseline: number): string {
  const delta = value - baseline;
  if (delta === 0) return "no change";
  return `${delta > 0 ? "+" : "−"}${Math.abs(delta).toLocaleString("en")}`;
}

/** The headline numbers, each with its change against the baseline and a link to what it counts. */
export function HeadlineFigures({
  scenarioId,
  summary,
  baseline,
  baselineName,
}: {
  scenarioId: string;
  summary: OverviewSummary;
  baseline: OverviewSummary;
  baselineName: string;
}) {
  const figures: Figure[] = [
    ...BANDS.map((b) => ({
      key: `band-${b.id}`,
      label: `${b.label} risk (${b.min}–${b.max})`,
      value: summary.bands[b.id],
      baseline: baseline.bands[b.id],
      href: bandLink(scenarioId, b.id),
      colour: BAND_COLOR[b.id],
    })),
    {
      key: "not-allowed",
      label: "Access not allowed",
      value: summary.notAllowed,
      baseline: baseline.notAllowed,
      href: notAllowedLink(scenarioId),
    },
    {
      key: "countries",
      label: "Countries touched",
      value: summary.countriesTouched,
      baseline: baseline.countriesTouched,
      href: "#countries",
    },
    {
      key: "clause-gaps",
      label: "Vendors with clause gaps",
      value: summary.vendorsWithClauseGaps.length,
      baseline: baseline.vendorsWithClauseGaps.length,
      href: clauseGapsLink(scenarioId),
    },
    {
      key: "critical-units",
      label: "Business units with a critical deployment",
      value: summary.unitsWithCritical.length,
      baseline: baseline.unitsWithCritical.length,
      href: criticalUnitsLink(scenarioId),
    },
  ];
  return (
    <ul
      aria-label={`Headline figures, change against “${baselineName}”`}
      className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-8"
    >
      {figures.map((f) => (
        <li key={f.key}>
          <Link
            href={f.href}
            data-testid={`figure-${f.key}`}
            className="flex h-full flex-col rounded-lg border border-zinc-200 bg-white p-3 hover:border-sky-500 focus-visible:outline-3 focus-visible:outline-sky-600 dark:border-zinc-800 dark:bg-zinc-900"
            style={f.colour ? { borderLeft: `6px solid ${f.colour}` } : undefined}
          >
            <span className="text-xs text-zinc-600 dark:text-zinc-400">{f.label}</span>
            <span className="text-2xl font-semibold tabular-nums" data-testid={f.key}>
              {f.value.toLocaleString("en")}
            </span>
            <span className="text-xs text-zinc-500 dark:text-zinc-400 tabular-nums">
              {change(f.value, f.baseline)} vs baseline
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
