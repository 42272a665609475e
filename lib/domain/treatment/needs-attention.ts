import { BAND_IDS, type Band } from "../bands";
import type { DeploymentResult } from "../evaluation-types";

export const TREATMENT_KINDS = ["MITIGATE", "TRANSFER", "AVOID", "ACCEPT"] as const;
export type TreatmentKind = (typeof TREATMENT_KINDS)[number];

export const TREATMENT_LABELS: Record<TreatmentKind, string> = {
  MITIGATE: "Mitigate",
  TRANSFER: "Transfer",
  AVOID: "Avoid (switch model)",
  ACCEPT: "Accept",
};

export interface TreatmentState {
  kind: TreatmentKind | null;
  /** YYYY-MM-DD */
  dueDate: string | null;
  expiresAt: string | null;
  reviewDate: string | null;
}

export type AttentionReason =
  | "FINDING_UNTREATED"
  | "ABOVE_APPETITE_UNTREATED"
  | "PLAN_OVERDUE"
  | "ACCEPTANCE_EXPIRED"
  | "REVIEW_OVERDUE";

export const ATTENTION_LABELS: Record<AttentionReason, string> = {
  FINDING_UNTREATED: "Compliance finding without a treatment",
  ABOVE_APPETITE_UNTREATED: "Above the risk appetite without a treatment",
  PLAN_OVERDUE: "Mitigation plan overdue",
  ACCEPTANCE_EXPIRED: "Risk acceptance expired",
  REVIEW_OVERDUE: "Review date passed",
};

/** Needs a treatment: a compliance finding, or a band above the appetite. */
export const needsTreatment = (result: DeploymentResult, appetite: Band): boolean =>
  result.finding !== null || BAND_IDS.indexOf(result.band) > BAND_IDS.indexOf(appetite);

/**
 * Why a deployment needs attention today, or null. An expired acceptance or an overdue plan is no
 * treatment any more, so it is reported as such; dates compare as ISO strings.
 */
export function attentionReason(
  result: DeploymentResult,
  appetite: Band,
  treatment: TreatmentState | undefined,
  today: string,
): AttentionReason | null {
  if (!result.inRollups) return null;
  const needed = needsTreatment(result, appetite);
  const kind = treatment?.kind ?? null;
  if (needed && kind === "ACCEPT" && treatment?.expiresAt && treatment.expiresAt < today)
    return "ACCEPTANCE_EXPIRED";
  if (needed && kind === "MITIGATE" && treatment?.dueDate && treatment.dueDate < today)
    return "PLAN_OVERDUE";
  if (needed && !kind) return result.finding ? "FINDING_UNTREATED" : "ABOVE_APPETITE_UNTREATED";
  if (treatment?.reviewDate && treatment.reviewDate < today) return "REVIEW_OVERDUE";
  return null;
}
