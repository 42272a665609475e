import { BANDS, BAND_IDS, type Band } from "../bands";
import { CLAUSE_TYPES, type ClauseAssessment, type ClauseType, type Outcome } from "../types";
import * as W from "../risk/weights";
import type { ControlSteps } from "../risk/weights";

/**
 * How risk is scored, as data: scales, the grid and its bands, factor weights, control effects
 * and the risk appetite. Scoring takes one as a parameter and every score names the version it
 * used, so an organisation can set its own and an auditor can see which one a score came from.
 * Band ids are fixed (LOW…CRITICAL); their names and colours are the methodology's.
 */
export interface Methodology {
  id: string;
  version: number;
  name: string;
  /** Labels of levels 1–5 (index 0 = level 1). */
  likelihoodLabels: readonly string[];
  impactLabels: readonly string[];
  bands: readonly { id: Band; label: string; colour: string }[];
  /** grid[likelihood − 1][impact − 1] = band of that cell. */
  grid: readonly (readonly Band[])[];
  likelihood: {
    accessPoints: Readonly<Record<Outcome, number>>;
    upcomingPoints: Readonly<Record<Outcome, number>>;
    originDependencePoints: number;
  };
  impact: {
    /** Points by level 1–5 (index 0 = level 1). */
    criticalityPoints: readonly number[];
    sensitivityPoints: readonly number[];
    /** The first tier the deployment reaches applies; ordered by minUsers, largest first. */
    userTiers: readonly { minUsers: number; points: number }[];
    modelDependencePoints: number;
  };
  controls: {
    clauses: Readonly<Record<ClauseType, Readonly<Record<ClauseAssessment, ControlSteps>>>>;
    fallback: ControlSteps;
    licence: ControlSteps;
    /** Controls together lower each axis by at most this many steps. */
    maxReduction: ControlSteps;
  };
  /** Lowest band of a compliance finding, by the access outcome that causes it. */
  accessBandFloor: Readonly<Record<Exclude<Outcome, "ALLOWED">, Band>>;
  /** Bands above this one need treatment. */
  appetite: Band;
}

/** Bands of the default grid: by likelihood × impact, LOW 1–4, MEDIUM 5–9, HIGH 10–16, CRITICAL 17–25. */
function productGrid(): Band[][] {
  return Array.from({ length: W.SCALE_MAX }, (_, l) =>
    Array.from({ length: W.SCALE_MAX }, (_, i) => {
      const score = (l + 1) * (i + 1);
      return BANDS.find((band) => score >= band.min && score <= band.max)!.id;
    }),
  );
}

const BAND_COLOURS: Record<Band, string> = {
  LOW: "#009e73",
  MEDIUM: "#f0e442",
  HIGH: "#e69f00",
  CRITICAL: "#d55e00",
};

export const DEFAULT_METHODOLOGY: Methodology = Object.freeze({
  id: "tierscope-default",
  version: 2,
  name: "Tierscope default",
  likelihoodLabels: W.LIKELIHOOD_LABELS,
  impactLabels: W.IMPACT_LABELS,
  bands: BANDS.map((band) => ({ id: band.id, label: band.label, colour: BAND_COLOURS[band.id] })),
  grid: productGrid(),
  likelihood: {
    accessPoints: W.LIKELIHOOD_ACCESS_POINTS,
    upcomingPoints: W.LIKELIHOOD_UPCOMING_POINTS,
    originDependencePoints: W.LIKELIHOOD_ORIGIN_DEPENDENCE_POINTS,
  },
  impact: {
    criticalityPoints: W.IMPACT_CRITICALITY_POINTS,
    sensitivityPoints: W.IMPACT_SENSITIVITY_POINTS,
    userTiers: W.IMPACT_USER_TIERS,
    modelDependencePoints: W.IMPACT_MODEL_DEPENDENCE_POINTS,
  },
  controls: {
    clauses: W.CLAUSE_CONTROL_STEPS,
    fallback: W.FALLBACK_CONTROL_STEPS,
    licence: W.LICENCE_CONTROL_STEPS,
    maxReduction: W.MAX_CONTROL_REDUCTION,
  },
  accessBandFloor: W.ACCESS_BAND_FLOOR,
  appetite: W.RISK_APPETITE,
});

/** What a score records about the methodology that produced it. */
export interface MethodologyRef {
  id: string;
  version: number;
}

export const methodologyRef = (m: Methodology): MethodologyRef => ({
  id: m.id,
  version: m.version,
});

export const bandRank = (band: Band): number => BAND_IDS.indexOf(band);

/**
 * Problems that would make scores meaningless (wrong grid size, unknown band, a grid that gets
 * better as likelihood or impact rises, an ADEQUATE clause worse than another assessment). Empty
 * when the methodology can be used. The admin editor shows these in plain words.
 */
export function methodologyProblems(m: Methodology): string[] {
  const problems: string[] = [];
  const size = W.SCALE_MAX;
  if (m.likelihoodLabels.length !== size) problems.push(`Likelihood needs ${size} labels.`);
  if (m.impactLabels.length !== size) problems.push(`Impact needs ${size} labels.`);
  if (m.grid.length !== size || m.grid.some((row) => row.length !== size)) {
    problems.push(`The grid must be ${size} × ${size}.`);
    return problems;
  }
  if (m.grid.some((row) => row.some((band) => bandRank(band) < 0)))
    problems.push("Every grid cell needs a known band.");
  for (let l = 0; l < size; l++)
    for (let i = 0; i < size; i++) {
      const here = bandRank(m.grid[l][i]);
      if (
        (l > 0 && bandRank(m.grid[l - 1][i]) > here) ||
        (i > 0 && bandRank(m.grid[l][i - 1]) > here)
      )
        problems.push(
          `Cell likelihood ${l + 1} × impact ${i + 1} is a lower band than a cell below it.`,
        );
    }
  if (m.impact.criticalityPoints.length !== size || m.impact.sensitivityPoints.length !== size)
    problems.push(`Criticality and sensitivity need ${size} points each.`);
  if (!m.impact.userTiers.some((tier) => tier.minUsers === 0))
    problems.push("The user tiers need one starting at 0 users.");
  for (const type of CLAUSE_TYPES) {
    const row = m.controls.clauses[type];
    for (const steps of Object.values(row))
      if (row.ADEQUATE.likelihood > steps.likelihood || row.ADEQUATE.impact > steps.impact)
        problems.push(
          `${W.CLAUSE_LABELS[type]}: ADEQUATE must never be worse than another assessment.`,
        );
  }
  if (m.controls.maxReduction.likelihood < 0 || m.controls.maxReduction.impact < 0)
    problems.push("The largest reduction by controls cannot be negative.");
  return problems;
}
