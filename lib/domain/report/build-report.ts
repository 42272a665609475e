import { suggestAlternatives, type Alternative } from "../alternatives/suggest-alternatives";
import { BANDS, type Band } from "../bands";
import type { Evaluation } from "../evaluation-types";
import { ALLOWED_RANK, RESTRICTED_RANK, outcomeAt } from "../outcome";
import { forEachExposedCode } from "../overview/exposure-of";
import { vendorIdsWithClauseGaps } from "../overview/summarize-overview";
import { CLAUSE_ASSESSMENTS, type ClauseAssessment, type ClauseType, type Outcome } from "../types";

/** One model in one jurisdiction of the footprint. */
export interface ReportModelRow {
  modelId: string;
  modelName: string;
  vendorName: string;
  /** The model's access in this jurisdiction under the scenario. */
  access: Outcome;
  deployments: number;
  maxResidual: number;
  worstBand: Band;
}

/** One jurisdiction our deployments serve or reach. */
export interface ReportCountry {
  code: string;
  name: string;
  deployments: number;
  notAllowed: number;
  maxResidual: number;
  worstBand: Band;
  models: ReportModelRow[];
}

export interface ReportGap {
  vendorId: string;
  vendorName: string;
  clauses: { type: ClauseType; assessment: ClauseAssessment | "NO_CONTRACT" }[];
}

export interface ReportAction {
  deploymentId: string;
  ref: string;
  modelName: string;
  country: string;
  access: Outcome;
  band: Band;
  residual: number;
  /** The best-ranked alternative, or null when none fits. */
  alternative: Pick<Alternative, "modelName" | "route" | "band" | "residual" | "reason"> | null;
}

export interface FootprintReport {
  scenario: { id: string; name: string };
  asOf: string;
  methodology: { id: string; version: number };
  deployments: number;
  bands: Record<Band, number>;
  findings: number;
  countries: ReportCountry[];
  gaps: ReportGap[];
  actions: ReportAction[];
}

export const REPORT_ACTIONS = 15;

/**
 * The footprint and exposure report of one scenario, as plain data (the page, the PDF and the CSV
 * read the same): jurisdictions touched (served or reached, as the matrix counts), worst first,
 * with the models and vendors in each; vendors' clause gaps; and the top actions, the worst
 * deployments with access restricted or worse and the best alternative for each.
 */
export function buildReport(evaluation: Evaluation, actions = REPORT_ACTIONS): FootprintReport {
  const { index, deployments: arrays, matrix, scoring } = evaluation.internals;
  const { inventory } = evaluation;
  const width = matrix.jurisdictionCount;
  const names = new Map(inventory.jurisdictions.map((j) => [j.code, j.name]));
  const vendorNames = new Map(inventory.vendors.map((v) => [v.id, v.name]));
  const bands = Object.fromEntries(BANDS.map((b) => [b.id, 0])) as Record<Band, number>;
  let counted = 0;
  let findings = 0;

  type Acc = {
    deployments: number;
    notAllowed: number;
    max: number;
    band: number;
    models: Map<number, { n: number; max: number; band: number }>;
  };
  const perCode = new Map<number, Acc>();
  for (let d = 0; d < inventory.deployments.length; d++) {
    if (!arrays.inRollups[d]) continue;
    counted++;
    bands[BANDS[arrays.band[d]].id]++;
    if (arrays.finding[d]) findings++;
    const m = index.deploymentModel[d];
    forEachExposedCode(evaluation, d, (code) => {
      let acc = perCode.get(code);
      if (!acc)
        perCode.set(
          code,
          (acc = { deployments: 0, notAllowed: 0, max: 0, band: 0, models: new Map() }),
        );
      acc.deployments++;
      if (matrix.outcome[m * width + code] !== ALLOWED_RANK) acc.notAllowed++;
      acc.max = Math.max(acc.max, arrays.residual[d]);
      acc.band = Math.max(acc.band, arrays.band[d]);
      const row = acc.models.get(m);
      if (row) {
        row.n++;
        row.max = Math.max(row.max, arrays.residual[d]);
        row.band = Math.max(row.band, arrays.band[d]);
      } else acc.models.set(m, { n: 1, max: arrays.residual[d], band: arrays.band[d] });
    });
  }

  const countries: ReportCountry[] = [...perCode.entries()]
    .map(([code, acc]) => {
      const iso = index.codes[code];
      return {
        code: iso,
        name: names.get(iso) ?? iso,
        deployments: acc.deployments,
        notAllowed: acc.notAllowed,
        maxResidual: acc.max,
        worstBand: BANDS[acc.band].id,
        models: [...acc.models.entries()]
          .map(([m, row]) => {
            const model = inventory.models[m];
            return {
              modelId: model.id,
              modelName: model.name,
              vendorName: vendorNames.get(model.vendorId) ?? model.vendorId,
              access: outcomeAt(matrix.outcome[m * width + code]),
              deployments: row.n,
              maxResidual: row.max,
              worstBand: BANDS[row.band].id,
            };
          })
          .sort((a, b) => b.maxResidual - a.maxResidual || a.modelName.localeCompare(b.modelName)),
      };
    })
    .sort(
      (a, b) =>
        BANDS.findIndex((x) => x.id === b.worstBand) -
          BANDS.findIndex((x) => x.id === a.worstBand) ||
        b.maxResidual - a.maxResidual ||
        b.deployments - a.deployments ||
        a.name.localeCompare(b.name),
    );

  const { types, typeCount, assessment } = scoring.terms;
  const vendorIndex = new Map(inventory.vendors.map((v, i) => [v.id, i]));
  const gaps: ReportGap[] = vendorIdsWithClauseGaps(evaluation).map((vendorId) => {
    const v = vendorIndex.get(vendorId)!;
    const clauses: ReportGap["clauses"] = [];
    for (let t = 0; t < typeCount; t++) {
      const a = CLAUSE_ASSESSMENTS[assessment[v * typeCount + t]];
      if (a !== "ADEQUATE") clauses.push({ type: types[t], assessment: a });
    }
    return { vendorId, vendorName: vendorNames.get(vendorId) ?? vendorId, clauses };
  });
  gaps.sort((a, b) => a.vendorName.localeCompare(b.vendorName));

  const worst: number[] = [];
  for (let d = 0; d < inventory.deployments.length; d++)
    if (arrays.inRollups[d] && arrays.access[d] >= RESTRICTED_RANK) worst.push(d);
  worst.sort(
    (a, b) =>
      arrays.band[b] - arrays.band[a] ||
      arrays.residual[b] - arrays.residual[a] ||
      inventory.deployments[a].ref.localeCompare(inventory.deployments[b].ref),
  );
  const topActions: ReportAction[] = worst.slice(0, actions).map((d) => {
    const dep = inventory.deployments[d];
    const best = suggestAlternatives(evaluation, dep.id, 1)[0];
    return {
      deploymentId: dep.id,
      ref: dep.ref,
      modelName: inventory.models[index.deploymentModel[d]].name,
      country: names.get(dep.jurisdictionCode) ?? dep.jurisdictionCode,
      access: outcomeAt(arrays.access[d]),
      band: BANDS[arrays.band[d]].id,
      residual: arrays.residual[d],
      alternative: best
        ? {
            modelName: best.modelName,
            route: best.route,
            band: best.band,
            residual: best.residual,
            reason: best.reason,
          }
        : null,
    };
  });

  return {
    scenario: { id: evaluation.scenario.id, name: evaluation.scenario.name },
    asOf: evaluation.asOf,
    methodology: { ...evaluation.methodology },
    deployments: counted,
    bands,
    findings,
    countries,
    gaps,
    actions: topActions,
  };
}
