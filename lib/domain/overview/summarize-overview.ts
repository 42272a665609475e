import { BANDS, type Band } from "../bands";
import type { Evaluation } from "../evaluation-types";
import { ALLOWED_RANK, outcomeAt } from "../outcome";
import { CLAUSE_ASSESSMENTS, type Outcome } from "../types";
import { forEachExposedCode } from "./exposure-of";
import { GRID_SIZE, cellIndex, inherentCellOf, residualCellOf } from "./risk-cells";

/** One business unit × region cell: the highest residual score of the deployments in it. */
export interface UnitRegionCell {
  unit: string;
  region: string;
  deployments: number;
  maxResidual: number;
  /** The worst band among them, compliance floors included (what the cell is coloured by). */
  maxBand: Band;
}

/** One country's exposure: deployments serving or reaching it, and the worst of them. */
export interface CountryExposure {
  code: string;
  deployments: number;
  /** Of those, how many have an outcome other than "allowed" for their model in this country. */
  notAllowed: number;
  maxResidual: number;
  /** The worst band among them, compliance floors included (what the country is coloured by). */
  maxBand: Band;
}

export interface TopExposure {
  deploymentId: string;
  ref: string;
  modelId: string;
  /** Where the deciding outcome comes from. */
  code: string;
  access: Outcome;
  /** null: the scenario's default outcome decided it. */
  ruleName: string | null;
  residual: number;
  band: Band;
}

/** Everything the overview's figures and charts show for one scenario, as plain data. */
export interface OverviewSummary {
  deployments: number;
  bands: Record<Band, number>;
  notAllowed: number;
  countriesTouched: number;
  vendorsWithClauseGaps: string[];
  unitsWithCritical: string[];
  /** Counts per cell, row-major likelihood × impact (cellIndex). */
  inherentGrid: number[];
  residualGrid: number[];
  unitRegion: UnitRegionCell[];
  countries: CountryExposure[];
  top: TopExposure[];
}

export const TOP_EXPOSURES = 10;
const CRITICAL = BANDS.findIndex((b) => b.id === "CRITICAL");
const ADEQUATE = CLAUSE_ASSESSMENTS.indexOf("ADEQUATE");

/**
 * Vendors with a deployment that counts and at least one scored clause type whose best
 * assessment in their contracts in force is not "adequate" (missing, weak, not assessed, or no
 * contract at all).
 */
export function vendorIdsWithClauseGaps(evaluation: Evaluation): string[] {
  const { index, scoring, deployments } = evaluation.internals;
  const { assessment, typeCount } = scoring.terms;
  const used = new Set<number>();
  deployments.inRollups.forEach((counts, d) => {
    if (counts) used.add(index.modelVendor[index.deploymentModel[d]]);
  });
  const ids: string[] = [];
  evaluation.inventory.vendors.forEach((vendor, v) => {
    if (!used.has(v)) return;
    for (let t = 0; t < typeCount; t++)
      if (assessment[v * typeCount + t] !== ADEQUATE) {
        ids.push(vendor.id);
        return;
      }
  });
  return ids;
}

export function summarizeOverview(evaluation: Evaluation): OverviewSummary {
  const { index, deployments: arrays, matrix } = evaluation.internals;
  const { deployments } = evaluation.inventory;
  const width = matrix.jurisdictionCount;
  const bands = Object.fromEntries(BANDS.map((b) => [b.id, 0])) as Record<Band, number>;
  const inherentGrid = new Array<number>(GRID_SIZE * GRID_SIZE).fill(0);
  const residualGrid = new Array<number>(GRID_SIZE * GRID_SIZE).fill(0);
  const unitRegion = new Map<string, Omit<UnitRegionCell, "maxBand"> & { band: number }>();
  const countryDeployments = new Int32Array(width);
  const countryNotAllowed = new Int32Array(width);
  const countryMax = new Uint8Array(width);
  const countryBand = new Uint8Array(width);
  const critical = new Set<string>();
  let counted = 0;
  let notAllowed = 0;

  for (let d = 0; d < deployments.length; d++) {
    if (!arrays.inRollups[d]) continue;
    counted++;
    const band = arrays.band[d];
    const point = {
      residual: arrays.residual[d],
      inherentLikelihood: arrays.likelihood[d],
      inherentImpact: arrays.impact[d],
      residualLikelihood: arrays.residualLikelihood[d],
      residualImpact: arrays.residualImpact[d],
    };
    bands[BANDS[arrays.band[d]].id]++;
    if (arrays.access[d] !== ALLOWED_RANK) notAllowed++;
    if (arrays.band[d] === CRITICAL) critical.add(deployments[d].businessUnit);
    inherentGrid[cellIndex(inherentCellOf(point))]++;
    residualGrid[cellIndex(residualCellOf(point))]++;

    const region = index.regionOf[index.exposure.servedOf[d]];
    const key = `${deployments[d].businessUnit}\u0000${region}`;
    const cell = unitRegion.get(key);
    if (cell) {
      cell.deployments++;
      cell.maxResidual = Math.max(cell.maxResidual, point.residual);
      cell.band = Math.max(cell.band, band);
    } else
      unitRegion.set(key, {
        unit: deployments[d].businessUnit,
        region,
        deployments: 1,
        maxResidual: point.residual,
        band,
      });

    const base = index.deploymentModel[d] * width;
    forEachExposedCode(evaluation, d, (code) => {
      countryDeployments[code]++;
      if (matrix.outcome[base + code] !== ALLOWED_RANK) countryNotAllowed[code]++;
      if (point.residual > countryMax[code]) countryMax[code] = point.residual;
      if (band > countryBand[code]) countryBand[code] = band;
    });
  }

  const countries: CountryExposure[] = [];
  for (let c = 0; c < width; c++)
    if (countryDeployments[c] > 0)
      countries.push({
        code: index.codes[c],
        deployments: countryDeployments[c],
        notAllowed: countryNotAllowed[c],
        maxResidual: countryMax[c],
        maxBand: BANDS[countryBand[c]].id,
      });

  return {
    deployments: counted,
    bands,
    notAllowed,
    countriesTouched: countries.length,
    vendorsWithClauseGaps: vendorIdsWithClauseGaps(evaluation),
    unitsWithCritical: [...critical].sort(),
    inherentGrid,
    residualGrid,
    unitRegion: [...unitRegion.values()].map(({ band, ...cell }) => ({
      ...cell,
      maxBand: BANDS[band].id,
    })),
    countries,
    top: topExposures(evaluation),
  };
}

/** The worst deployments that count: highest residual first, then by reference. */
export function topExposures(evaluation: Evaluation, limit = TOP_EXPOSURES): TopExposure[] {
  const { deployments: arrays, index } = evaluation.internals;
  const { deployments } = evaluation.inventory;
  const order: number[] = [];
  for (let d = 0; d < deployments.length; d++) if (arrays.inRollups[d]) order.push(d);
  order.sort(
    (a, b) =>
      arrays.residual[b] - arrays.residual[a] ||
      (deployments[a].ref < deployments[b].ref
        ? -1
        : deployments[a].ref > deployments[b].ref
          ? 1
          : 0),
  );
  return order.slice(0, limit).map((d) => {
    const rule = arrays.decidingRule[d];
    return {
      deploymentId: deployments[d].id,
      ref: deployments[d].ref,
      modelId: deployments[d].modelId,
      code: index.codes[arrays.accessFrom[d]],
      access: outcomeAt(arrays.access[d]),
      ruleName: rule < 0 ? null : evaluation.scenario.rules[rule].name,
      residual: arrays.residual[d],
      band: BANDS[arrays.band[d]].id,
    };
  });
}
