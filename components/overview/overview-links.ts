import { BAND_IDS, type Band } from "@/lib/domain/bands";
import { OUTCOMES } from "@/lib/domain/types";
import { formatCell, type RiskCell } from "@/lib/domain/overview/risk-cells";

type Query = Record<string, string | readonly string[]>;

function href(path: string, scenarioId: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    for (const v of typeof value === "string" ? [value] : value) params.append(key, v);
  params.set("scenario", scenarioId);
  return `${path}?${params}`;
}

/**
 * Links from the overview to the lists that hold exactly what a figure or a cell counts: the
 * deployments that count (planned or live, scored under the scenario), narrowed by the filters.
 */
export function deploymentsLink(scenarioId: string, query: Query): string {
  return href("/deployments", scenarioId, {
    status: ["PLANNED", "LIVE"],
    sort: "risk",
    dir: "desc",
    ...query,
  });
}

export const bandLink = (scenarioId: string, band: Band) => deploymentsLink(scenarioId, { band });

export const notAllowedLink = (scenarioId: string) =>
  deploymentsLink(scenarioId, { access: OUTCOMES.filter((o) => o !== "ALLOWED") });

export const criticalUnitsLink = (scenarioId: string) =>
  deploymentsLink(scenarioId, { band: "CRITICAL", sort: "businessUnit", dir: "asc" });

export const cellLink = (scenarioId: string, kind: "inherent" | "residual", cell: RiskCell) =>
  deploymentsLink(scenarioId, { [kind]: formatCell(cell) });

/** Every band: keeps the list to deployments the engine scored, as the heatmap counts them. */
export const unitRegionLink = (scenarioId: string, unit: string, region: string) =>
  deploymentsLink(scenarioId, { unit, region, band: BAND_IDS });

export const touchesLink = (scenarioId: string, code: string) =>
  deploymentsLink(scenarioId, { touches: code });

export const matrixCountryLink = (scenarioId: string, code: string) =>
  href("/matrix", scenarioId, { country: code });

export const clauseGapsLink = (scenarioId: string) => href("/vendors", scenarioId, { gaps: "yes" });

export const deploymentLink = (scenarioId: string, id: string) =>
  href(`/deployments/${id}`, scenarioId, {});
