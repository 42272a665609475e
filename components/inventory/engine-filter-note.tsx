import { parseCell } from "@/lib/domain/overview/risk-cells";
import type { DeploymentListState } from "@/lib/validation/inventory-lists";
import { OUTCOME_STYLE } from "@/components/matrix/outcome-style";
import type { Outcome } from "@/lib/domain/types";

/**
 * Says in words the filters that arrive from the overview's figures and charts and have no
 * control of their own in the toolbar (access, likelihood × impact cell, serves or reaches).
 */
export function EngineFilterNote({
  filters,
  countryName,
}: {
  filters: DeploymentListState["filters"];
  countryName: (code: string) => string;
}) {
  const cell = (text: string) => {
    const c = parseCell(text);
    return c ? `likelihood ${c.likelihood} × impact ${c.impact}` : text;
  };
  const parts = [
    filters.access.length &&
      `access ${filters.access.map((o) => OUTCOME_STYLE[o as Outcome].label.toLowerCase()).join(" or ")}`,
    filters.inherent.length && `inherent risk at ${filters.inherent.map(cell).join(" or ")}`,
    filters.residual.length && `residual risk at ${filters.residual.map(cell).join(" or ")}`,
    filters.touches.length &&
      `serving or reaching ${filters.touches.map(countryName).join(" or ")}`,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300" data-testid="engine-filters">
      Only deployments that count (planned or live) with {parts.join(", ")}.
    </p>
  );
}
