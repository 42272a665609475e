import { BANDS } from "@/lib/domain";
import type { ComparisonSummary as Summary } from "@/lib/server/matrix/load-comparison";
import { Card } from "@/components/ui/card";

/** Headline counts of a comparison: what got worse, what got better, how the bands shift. */
export function ComparisonSummary({ summary }: { summary: Summary }) {
  const figures: [string, number, string][] = [
    ["Cells stricter", summary.cellsWorse, "cells-worse"],
    ["Cells laxer", summary.cellsBetter, "cells-better"],
    ["Deployments riskier", summary.deploymentsWorse, "deployments-worse"],
    ["Deployments less risky", summary.deploymentsBetter, "deployments-better"],
    ["Deployments changing band", summary.bandChanges, "band-changes"],
  ];
  return (
    <section aria-label="Summary" className="mb-4">
      <dl className="mb-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {figures.map(([label, value, id]) => (
          <Card key={id}>
            <dt className="text-xs text-zinc-500 dark:text-zinc-400">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid={`summary-${id}`}>
              {value.toLocaleString("en")}
            </dd>
          </Card>
        ))}
      </dl>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Planned and live deployments by band, A → B:{" "}
        {BANDS.map((band, i) => (
          <span key={band.id}>
            {i > 0 && " · "}
            {band.label} {summary.bandsBefore[band.id]} → {summary.bandsAfter[band.id]}
          </span>
        ))}
      </p>
    </section>
  );
}
