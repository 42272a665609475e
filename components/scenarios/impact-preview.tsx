"use client";

import { Link } from "@/components/ui/link";
import { Badge } from "@/components/ui/card";
import { titleCase } from "@/lib/format";
import type { PreviewState } from "./use-impact-preview";

const ARROW = {
  worse: "text-red-700 dark:text-red-400",
  better: "text-emerald-700 dark:text-emerald-400",
};

/** The unsaved change's effect, before → after, shown beside the rule builder. */
export function ImpactPreview({ state }: { state: PreviewState }) {
  const data =
    state.status === "ready" ? state.data : state.status === "loading" ? state.last : null;
  return (
    <section
      aria-labelledby="impact-heading"
      aria-busy={state.status === "loading"}
      data-testid="impact-preview"
      className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="impact-heading" className="flex items-center gap-2 font-medium">
        Impact of unsaved changes
        {state.status === "loading" && (
          <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">updating…</span>
        )}
      </h2>
      <div aria-live="polite">
        {state.status === "unchanged" && (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="impact-none">
            No unsaved changes. Edit a rule to see what it would change before saving.
          </p>
        )}
        {state.status === "invalid" && (
          <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">
            Fix the issues in the form to see the impact.
          </p>
        )}
        {state.status === "error" && (
          <p className="mt-2 text-sm text-red-700 dark:text-red-400">
            Preview unavailable: {state.message}
          </p>
        )}
        {data && (
          <div className="mt-2 flex flex-col gap-4 text-sm">
            <p data-testid="impact-summary">
              <strong className="tabular-nums">{data.cellsChanged}</strong> cells change outcome (
              {data.cellsWorse} stricter, {data.cellsBetter} laxer);{" "}
              <strong className="tabular-nums">{data.bandChanges}</strong> deployments change band (
              {data.deploymentsChanged} change score).{" "}
              <span className="text-xs text-zinc-500 dark:text-zinc-400">
                Computed in {data.elapsedMs} ms.
              </span>
            </p>
            {data.cells.length > 0 && (
              <div>
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                  Cells changing outcome
                </h3>
                <ul className="max-h-72 overflow-y-auto" aria-label="Cells changing outcome">
                  {data.cells.map((c) => (
                    <li
                      key={`${c.modelId}-${c.code}`}
                      className="flex flex-wrap gap-x-2 border-b border-zinc-100 py-1 dark:border-zinc-800"
                    >
                      <span className="font-medium">{c.modelName}</span>
                      <span className="text-zinc-500 dark:text-zinc-400">({c.vendorName})</span>
                      <span>in {c.countryName}:</span>
                      <span>
                        {titleCase(c.before)}{" "}
                        <span className={ARROW[c.direction]} aria-hidden="true">
                          →
                        </span>
                        <span className="sr-only"> becomes </span> {titleCase(c.after)}
                      </span>
                      {c.exposedDeployments > 0 && (
                        <Badge>{c.exposedDeployments} deployments</Badge>
                      )}
                    </li>
                  ))}
                </ul>
                {data.cellsChanged > data.cells.length && (
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">
                    and {data.cellsChanged - data.cells.length} more (most exposed first).
                  </p>
                )}
              </div>
            )}
            {data.deployments.length > 0 && (
              <div>
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                  Deployments changing band
                </h3>
                <ul className="max-h-72 overflow-y-auto" aria-label="Deployments changing band">
                  {data.deployments.map((d) => (
                    <li
                      key={d.deploymentId}
                      className="flex flex-wrap gap-x-2 border-b border-zinc-100 py-1 dark:border-zinc-800"
                    >
                      <Link
                        className="font-mono text-xs text-sky-700 underline dark:text-sky-400"
                        href={`/deployments/${d.deploymentId}`}
                      >
                        {d.ref}
                      </Link>
                      <span>
                        {d.modelName} in {d.code}:
                      </span>
                      <span>
                        {titleCase(d.before.band)} ({d.before.residual}){" "}
                        <span className={ARROW[d.direction]} aria-hidden="true">
                          →
                        </span>
                        <span className="sr-only"> becomes </span> {titleCase(d.after.band)} (
                        {d.after.residual})
                      </span>
                    </li>
                  ))}
                </ul>
                {data.bandChanges > data.deployments.length && (
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">
                    and {data.bandChanges - data.deployments.length} more (largest change first).
                  </p>
                )}
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
