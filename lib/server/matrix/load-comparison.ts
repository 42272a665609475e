import {
  BAND_IDS,
  diffEvaluations,
  type Band,
  type DeploymentSide,
  type Direction,
  type Evaluation,
} from "@/lib/domain";

export interface ComparisonRow {
  deploymentId: string;
  ref: string;
  modelId: string;
  modelName: string;
  vendorId: string;
  vendorName: string;
  servedCode: string;
  servedName: string;
  businessUnit: string;
  before: DeploymentSide;
  after: DeploymentSide;
  residualDelta: number;
  direction: Direction;
}

export interface ComparisonSummary {
  cellsWorse: number;
  cellsBetter: number;
  deploymentsWorse: number;
  deploymentsBetter: number;
  /** Deployments whose residual band differs between the two scenarios. */
  bandChanges: number;
  /** Planned and live deployments per band under each scenario. */
  bandsBefore: Record<Band, number>;
  bandsAfter: Record<Band, number>;
}

export interface Comparison {
  before: { id: string; name: string };
  after: { id: string; name: string };
  summary: ComparisonSummary;
  /** Planned and live deployments whose risk changes, largest change first. */
  deployments: ComparisonRow[];
}

/**
 * What changes from scenario `before` to scenario `after`: counts, and the deployments whose risk
 * moves, sorted by impact (the engine's diff order). Retired deployments are left out: they are
 * scored for history but carry no risk.
 */
export function loadComparison(before: Evaluation, after: Evaluation): Comparison {
  const diff = diffEvaluations(before, after);
  const { inventory } = after;
  const models = new Map(inventory.models.map((m) => [m.id, m]));
  const vendors = new Map(inventory.vendors.map((v) => [v.id, v.name]));
  const jurisdictions = new Map(inventory.jurisdictions.map((j) => [j.code, j.name]));
  const deployments = new Map(inventory.deployments.map((d) => [d.id, d]));

  const rows: ComparisonRow[] = [];
  for (const change of diff.deployments) {
    const d = deployments.get(change.deploymentId);
    if (!d || d.status === "RETIRED") continue;
    const model = models.get(change.modelId);
    const vendorId = model?.vendorId ?? "";
    rows.push({
      ...change,
      modelName: model?.name ?? change.modelId,
      vendorId,
      vendorName: vendors.get(vendorId) ?? "Unknown vendor",
      servedCode: d.jurisdictionCode,
      servedName: jurisdictions.get(d.jurisdictionCode) ?? d.jurisdictionCode,
      businessUnit: d.businessUnit,
    });
  }

  return {
    before: { id: before.scenario.id, name: before.scenario.name },
    after: { id: after.scenario.id, name: after.scenario.name },
    summary: {
      cellsWorse: diff.cells.filter((c) => c.direction === "worse").length,
      cellsBetter: diff.cells.filter((c) => c.direction === "better").length,
      deploymentsWorse: rows.filter((r) => r.direction === "worse").length,
      deploymentsBetter: rows.filter((r) => r.direction === "better").length,
      bandChanges: rows.filter((r) => r.before.band !== r.after.band).length,
      bandsBefore: bandCounts(before),
      bandsAfter: bandCounts(after),
    },
    deployments: rows,
  };
}

function bandCounts(evaluation: Evaluation): Record<Band, number> {
  const bands = evaluation.rollups.portfolio.bands;
  return Object.fromEntries(BAND_IDS.map((b) => [b, bands[b]])) as Record<Band, number>;
}
