import { OUTCOMES } from "@/lib/domain/types";
import type { MatrixView } from "@/lib/domain/matrix/build-matrix-view";
import { cn } from "@/lib/cn";
import { OUTCOME_STYLE } from "./outcome-style";

/** Colour, mark and label of each outcome, with how many cells and deployments it covers. */
export function MatrixLegend({ totals }: { totals: MatrixView["totals"] }) {
  return (
    <ul aria-label="Legend and counts" className="mb-3 flex flex-wrap gap-2 text-sm">
      {OUTCOMES.map((outcome, rank) => {
        const style = OUTCOME_STYLE[outcome];
        return (
          <li
            key={outcome}
            data-testid={`legend-${outcome}`}
            className="flex items-center gap-2 rounded-md border border-zinc-200 bg-white px-2 py-1 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <span
              aria-hidden
              className={cn(
                "inline-flex size-6 items-center justify-center rounded text-xs font-semibold",
                style.className,
              )}
            >
              {style.mark}
            </span>
            <span className="font-medium">{style.label}</span>
            <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
              <span data-testid={`cells-${outcome}`}>
                {totals.cells[rank].toLocaleString("en")}
              </span>{" "}
              {totals.cells[rank] === 1 ? "cell" : "cells"} ·{" "}
              <span data-testid={`deployments-${outcome}`}>
                {totals.deployments[rank].toLocaleString("en")}
              </span>{" "}
              {totals.deployments[rank] === 1 ? "deployment" : "deployments"}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
