/**
 * What an unsaved scenario would change compared with its saved version: the draft is evaluated on
 * the same (cached) inventory and diffed against the saved evaluation. Pure: no database access.
 */
import {
  diffEvaluations,
  evaluateScenario,
  type Band,
  type Evaluation,
  type Outcome,
  type Scenario,
} from "@/lib/domain";
import type { ScenarioInput } from "@/lib/validation/scenario";

/** Enough to read at a glance; the totals say how many more there are. */
export const PREVIEW_LIST_LIMIT = 50;

export interface PreviewCell {
  modelId: string;
  modelName: string;
  vendorName: string;
  code: string;
  countryName: string;
  before: Outcome;
  after: Outcome;
  direction: "worse" | "better";
  exposedDeployments: number;
}

export interface PreviewDeployment {
  deploymentId: string;
  ref: string;
  modelName: string;
  code: string;
  before: { band: Band; residual: number; access: Outcome };
  after: { band: Band; residual: number; access: Outcome };
  direction: "worse" | "better";
}

export interface ScenarioPreview {
  cellsChanged: number;
  cellsWorse: number;
  cellsBetter: number;
  cells: PreviewCell[];
  /** Deployments whose score changes at all, and those whose band changes (listed). */
  deploymentsChanged: number;
  bandChanges: number;
  deployments: PreviewDeployment[];
}

/** The editor's input as the engine's scenario; unsaved rules get stable placeholder ids. */
export function draftScenario(id: string, input: ScenarioInput): Scenario {
  return {
    id,
    name: input.name,
    defaultOutcome: input.defaultOutcome,
    rules: input.rules.map((r, i) => ({
      id: r.id ?? `draft-${i}`,
      name: r.name,
      jurisdictions: r.jurisdictions,
      models: r.models,
      outcome: r.outcome,
      rationale: r.rationale,
      source: r.source,
      effectiveDate: r.effectiveDate,
    })),
  };
}

export function previewScenario(saved: Evaluation, draft: Scenario): ScenarioPreview {
  const after = evaluateScenario(saved.inventory, draft, { asOf: saved.asOf });
  const diff = diffEvaluations(saved, after);
  const inventory = saved.inventory;
  const models = new Map(inventory.models.map((m) => [m.id, m]));
  const vendors = new Map(inventory.vendors.map((v) => [v.id, v.name]));
  const countries = new Map(inventory.jurisdictions.map((j) => [j.code, j.name]));
  const served = new Map(inventory.deployments.map((d) => [d.id, d.jurisdictionCode]));
  const bandChanges = diff.deployments.filter((d) => d.before.band !== d.after.band);
  const worse = diff.cells.filter((c) => c.direction === "worse").length;

  return {
    cellsChanged: diff.cells.length,
    cellsWorse: worse,
    cellsBetter: diff.cells.length - worse,
    cells: diff.cells.slice(0, PREVIEW_LIST_LIMIT).map((c) => {
      const model = models.get(c.modelId);
      return {
        modelId: c.modelId,
        modelName: model?.name ?? c.modelId,
        vendorName: (model && vendors.get(model.vendorId)) ?? "",
        code: c.code,
        countryName: countries.get(c.code) ?? c.code,
        before: c.before,
        after: c.after,
        direction: c.direction,
        exposedDeployments: c.exposedDeployments,
      };
    }),
    deploymentsChanged: diff.deployments.length,
    bandChanges: bandChanges.length,
    deployments: bandChanges.slice(0, PREVIEW_LIST_LIMIT).map((d) => ({
      deploymentId: d.deploymentId,
      ref: d.ref,
      modelName: models.get(d.modelId)?.name ?? d.modelId,
      code: served.get(d.deploymentId) ?? "",
      before: { band: d.before.band, residual: d.before.residual, access: d.before.access },
      after: { band: d.after.band, residual: d.after.residual, access: d.after.access },
      direction: d.direction,
    })),
  };
}
