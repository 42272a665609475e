import type { ClauseAssessment, ClauseType, Outcome } from "../types";

/**
 * Every number the risk score is made of. docs/risk-model.md reproduces these tables and a test
 * checks the document against them, so change both together.
 */

/** Likelihood and impact are each on a 1–5 scale; anything outside is clamped by an explicit factor. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

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
 * Extra likelihood when the vendor depends on a single origin country — all its models share one
 * known origin, or no origin is known — and the deployment is exposed outside that country:
 * one government's export rule could then cut off every model the vendor offers there.
 */
export const LIKELIHOOD_SINGLE_ORIGIN_POINTS = 1;

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

/** Impact points when no fallback model stays allowed (now and after upcoming rules) everywhere the deployment reaches. */
export const IMPACT_NO_FALLBACK_POINTS = 1;

/**
 * Residual adjustment per clause type and assessment, in percent of the inherent score (each
 * rounded half away from zero to whole points). Negative = mitigation. A clause type no in-force
 * contract covers counts as MISSING. ADEQUATE is never worse than any other assessment in its row,
 * so adding an adequate clause can never raise residual risk.
 */
export const CLAUSE_RESIDUAL_PERCENT: Readonly<
  Record<ClauseType, Readonly<Record<ClauseAssessment, number>>>
> = {
  CHANGE_OF_LAW: { ADEQUATE: -15, WEAK: -5, NOT_ASSESSED: 5, MISSING: 10 },
  DEPRECATION_NOTICE: { ADEQUATE: -10, WEAK: -5, NOT_ASSESSED: 0, MISSING: 5 },
  DATA_RESIDENCY: { ADEQUATE: -10, WEAK: -5, NOT_ASSESSED: 0, MISSING: 5 },
  EXPORT_CONTROL: { ADEQUATE: -10, WEAK: -5, NOT_ASSESSED: 0, MISSING: 5 },
  TERMINATION_ASSISTANCE: { ADEQUATE: -10, WEAK: -5, NOT_ASSESSED: 0, MISSING: 5 },
  SUBPROCESSOR_LOCATIONS: { ADEQUATE: -5, WEAK: 0, NOT_ASSESSED: 0, MISSING: 5 },
  REGULATORY_INDEMNITY: { ADEQUATE: -5, WEAK: 0, NOT_ASSESSED: 0, MISSING: 0 },
  SANCTIONS_SCREENING: { ADEQUATE: -5, WEAK: 0, NOT_ASSESSED: 0, MISSING: 0 },
  // A risk clause: the assessment grades the vendor's right to suspend for legal reasons.
  // ADEQUATE = only with notice and a refund; WEAK = without notice or refund.
  SUSPENSION_FOR_LEGAL_REASONS: { ADEQUATE: 0, WEAK: 15, NOT_ASSESSED: 5, MISSING: 5 },
  AUDIT_RIGHTS: { ADEQUATE: 0, WEAK: 0, NOT_ASSESSED: 0, MISSING: 0 },
  GOVERNING_LAW: { ADEQUATE: 0, WEAK: 0, NOT_ASSESSED: 0, MISSING: 0 },
};

/** The sum of clause adjustments is bounded to this range, in percent of the inherent score. */
export const RESIDUAL_ADJUSTMENT_BOUNDS_PERCENT = { min: -40, max: 25 } as const;

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

/** Rounds half away from zero, so +x% and −x% of the same score move it by the same amount. */
export function percentOf(score: number, percent: number): number {
  const scaled = Math.abs(score * percent);
  const points = Math.floor((scaled + 50) / 100);
  return score * percent < 0 ? -points : points;
}
