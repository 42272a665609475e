import type { Band } from "../bands";
import type { ClauseAssessment, ClauseType, Outcome } from "../types";

/**
 * The numbers of the built-in methodology (DEFAULT_METHODOLOGY in lib/domain/methodology).
 * docs/risk-model.md reproduces these tables and a test checks the document against them, so
 * change both together. Scoring never reads this file directly: it reads a Methodology.
 */

/** Likelihood and impact are each on a 1–5 scale; anything outside is clamped by an explicit factor. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export const LIKELIHOOD_LABELS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"];
export const IMPACT_LABELS = ["Negligible", "Minor", "Moderate", "Major", "Severe"];

/** Likelihood points for the deployment's access outcome (worst cell over everywhere it is exposed). */
export const LIKELIHOOD_ACCESS_POINTS: Readonly<Record<Outcome, number>> = {
  ALLOWED: 1,
  LICENCE_REQUIRED: 2,
  RESTRICTED: 4,
  PROHIBITED: 5,
};

/** Extra likelihood when an upcoming rule would make access stricter, keyed by that future outcome. */
export const LIKELIHOOD_UPCOMING_POINTS: Readonly<Record<Outcome, number>> = {
  ALLOWED: 0,
  LICENCE_REQUIRED: 1,
  RESTRICTED: 2,
  PROHIBITED: 2,
};

/**
 * Extra likelihood when the model's origin country could cut access by its export rules: the
 * deployment is exposed outside that country and the scenario has a rule on models of that origin.
 */
export const LIKELIHOOD_ORIGIN_DEPENDENCE_POINTS = 1;

/** Impact points by business criticality 1–5 (index 0 = level 1). */
export const IMPACT_CRITICALITY_POINTS: readonly number[] = [1, 1, 2, 2, 3];

/** Impact points by data sensitivity 1–5 (index 0 = level 1). */
export const IMPACT_SENSITIVITY_POINTS: readonly number[] = [0, 0, 0, 1, 1];

/** Impact points by number of users; the first tier the deployment reaches applies. */
export const IMPACT_USER_TIERS: readonly { minUsers: number; points: number }[] = [
  { minUsers: 50_000, points: 2 },
  { minUsers: 1_000, points: 1 },
  { minUsers: 0, points: 0 },
];

/** Inherent impact of depending on one model: before controls, losing it stops the service. */
export const IMPACT_MODEL_DEPENDENCE_POINTS = 1;

/** A step on the grid: negative lowers residual likelihood / impact, positive raises it. */
export interface ControlSteps {
  likelihood: number;
  impact: number;
}

const none: ControlSteps = { likelihood: 0, impact: 0 };
const lowerLikelihood: ControlSteps = { likelihood: -1, impact: 0 };
const lowerImpact: ControlSteps = { likelihood: 0, impact: -1 };

/**
 * Steps each clause type moves the residual, per assessment. A clause type no in-force contract
 * covers counts as MISSING. ADEQUATE is never worse than another assessment in its row on either
 * axis, so adding an adequate clause can never raise residual risk.
 */
export const CLAUSE_CONTROL_STEPS: Readonly<
  Record<ClauseType, Readonly<Record<ClauseAssessment, ControlSteps>>>
> = {
  EXPORT_CONTROL: { ADEQUATE: lowerLikelihood, WEAK: none, NOT_ASSESSED: none, MISSING: none },
  DATA_RESIDENCY: { ADEQUATE: lowerLikelihood, WEAK: none, NOT_ASSESSED: none, MISSING: none },
  CHANGE_OF_LAW: { ADEQUATE: lowerImpact, WEAK: none, NOT_ASSESSED: none, MISSING: none },
  DEPRECATION_NOTICE: { ADEQUATE: lowerImpact, WEAK: none, NOT_ASSESSED: none, MISSING: none },
  TERMINATION_ASSISTANCE: { ADEQUATE: lowerImpact, WEAK: none, NOT_ASSESSED: none, MISSING: none },
  // A risk clause: the assessment grades the vendor's right to suspend for legal reasons.
  // ADEQUATE = only with notice and a refund; WEAK = without notice or refund.
  SUSPENSION_FOR_LEGAL_REASONS: {
    ADEQUATE: none,
    WEAK: { likelihood: 1, impact: 0 },
    NOT_ASSESSED: none,
    MISSING: none,
  },
  SUBPROCESSOR_LOCATIONS: { ADEQUATE: none, WEAK: none, NOT_ASSESSED: none, MISSING: none },
  REGULATORY_INDEMNITY: { ADEQUATE: none, WEAK: none, NOT_ASSESSED: none, MISSING: none },
  SANCTIONS_SCREENING: { ADEQUATE: none, WEAK: none, NOT_ASSESSED: none, MISSING: none },
  AUDIT_RIGHTS: { ADEQUATE: none, WEAK: none, NOT_ASSESSED: none, MISSING: none },
  GOVERNING_LAW: { ADEQUATE: none, WEAK: none, NOT_ASSESSED: none, MISSING: none },
};

/** A fallback model that stays ALLOWED (now and under upcoming rules) everywhere the deployment reaches. */
export const FALLBACK_CONTROL_STEPS: ControlSteps = { likelihood: 0, impact: -1 };

/** A licence held for every jurisdiction where access is LICENCE_REQUIRED. */
export const LICENCE_CONTROL_STEPS: ControlSteps = { likelihood: -1, impact: 0 };

/** Controls together lower each axis by at most this many steps. */
export const MAX_CONTROL_REDUCTION: ControlSteps = { likelihood: 2, impact: 2 };

/**
 * The lowest band a compliance finding allows, whatever the controls. LICENCE_REQUIRED applies
 * only when the licence is not held: operating without a required licence is a breach, as serious
 * as a restriction.
 */
export const ACCESS_BAND_FLOOR: Readonly<Record<Exclude<Outcome, "ALLOWED">, Band>> = {
  LICENCE_REQUIRED: "HIGH",
  RESTRICTED: "HIGH",
  PROHIBITED: "CRITICAL",
};

/** Bands above this one need treatment. */
export const RISK_APPETITE: Band = "MEDIUM";

/** When several in-force contracts cover a clause type, the best assessment counts (best first). */
export const ASSESSMENT_PREFERENCE: readonly ClauseAssessment[] = [
  "ADEQUATE",
  "WEAK",
  "NOT_ASSESSED",
  "MISSING",
];

export const CLAUSE_LABELS: Readonly<Record<ClauseType, string>> = {
  EXPORT_CONTROL: "Export control cooperation",
  SANCTIONS_SCREENING: "Sanctions screening",
  DATA_RESIDENCY: "Data residency commitment",
  SUBPROCESSOR_LOCATIONS: "Sub-processor locations",
  CHANGE_OF_LAW: "Change-of-law termination right",
  SUSPENSION_FOR_LEGAL_REASONS: "Suspension for legal reasons",
  DEPRECATION_NOTICE: "Deprecation notice",
  AUDIT_RIGHTS: "Audit rights",
  REGULATORY_INDEMNITY: "Indemnity for regulatory breach",
  GOVERNING_LAW: "Governing law and venue",
  TERMINATION_ASSISTANCE: "Termination assistance",
};

/** "L −1", "I −1", "L +1, I −1" or "0": how docs/risk-model.md writes a step. */
export function stepsText(steps: ControlSteps): string {
  const parts: string[] = [];
  const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);
  if (steps.likelihood !== 0) parts.push(`L ${signed(steps.likelihood)}`);
  if (steps.impact !== 0) parts.push(`I ${signed(steps.impact)}`);
  return parts.length === 0 ? "0" : parts.join(", ");
}
