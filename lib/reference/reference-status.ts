/**
 * What a group or scenario is, in words: every screen that shows or offers one says it the same
 * way (a rescinded rule must never pass for law in force). See docs/decisions/0008-reference-data.md.
 */
import type { ModelLicence, ReferenceStatus, Weights } from "../domain/types";

export const REFERENCE_STATUS_LABELS: Record<ReferenceStatus, string> = {
  IN_FORCE: "Law in force",
  ANNOUNCED: "Announced",
  PROPOSED: "Proposed",
  RESCINDED: "Rescinded — what-if",
  WHAT_IF: "What-if",
  COMPANY_POLICY: "Company policy",
  REFERENCE_LIST: "Reference list",
};

export const REFERENCE_STATUS_HINTS: Record<ReferenceStatus, string> = {
  IN_FORCE: "A law or regulation in force today.",
  ANNOUNCED: "Announced by a government, not yet in force.",
  PROPOSED: "Proposed or under discussion; may never become law.",
  RESCINDED: "Was law or about to be; rescinded, kept to ask “what if it had stayed?”.",
  WHAT_IF: "A hypothetical to explore; no law says this.",
  COMPANY_POLICY: "A company's own policy: ours, or a vendor's terms.",
  REFERENCE_LIST: "A public list (e.g. an alliance's members), not a legal rule by itself.",
};

/** Label text where a badge cannot go (multi-select chips): the status follows the name. */
export function withStatus(name: string, status: ReferenceStatus): string {
  return `${name} · ${REFERENCE_STATUS_LABELS[status]}`;
}

/**
 * Items grouped by status for a <select>'s <optgroup>s (a plain option cannot hold a badge), in
 * the order of REFERENCE_STATUS_LABELS — law in force first — keeping the items' own order within.
 */
export function groupByStatus<T extends { legalStatus: ReferenceStatus }>(
  items: readonly T[],
): { status: ReferenceStatus; label: string; items: T[] }[] {
  return (Object.keys(REFERENCE_STATUS_LABELS) as ReferenceStatus[])
    .map((status) => ({
      status,
      label: REFERENCE_STATUS_LABELS[status],
      items: items.filter((item) => item.legalStatus === status),
    }))
    .filter((group) => group.items.length > 0);
}

export const MODEL_LICENCE_LABELS: Record<ModelLicence, string> = {
  OPEN: "Open licence",
  OPEN_NON_COMMERCIAL: "Open, non-commercial only",
  CUSTOM_RESTRICTIONS: "Custom licence with restrictions",
  PROPRIETARY: "Proprietary (weights not published)",
};

/** Whether the weights are published; what may be done with them is the licence's business. */
export const WEIGHTS_LABELS: Record<Weights, string> = {
  OPEN: "Published",
  CLOSED: "Not published",
};
