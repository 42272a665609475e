import { OUTCOMES, type Outcome } from "@/lib/domain/types";

/** How each access outcome looks: a colour, and a text mark so colour is never the only signal. */
export const OUTCOME_STYLE: Record<Outcome, { label: string; mark: string; className: string }> = {
  ALLOWED: { label: "Allowed", mark: "✓", className: "bg-outcome-allowed text-zinc-900" },
  LICENCE_REQUIRED: {
    label: "Licence required",
    mark: "L",
    className: "bg-outcome-licence text-zinc-900",
  },
  RESTRICTED: { label: "Restricted", mark: "R", className: "bg-outcome-restricted text-zinc-900" },
  PROHIBITED: { label: "Prohibited", mark: "✕", className: "bg-outcome-prohibited text-white" },
};

/**
 * A cell the comparison leaves unchanged: neutral, with its outcome as a bar along the bottom and
 * its mark still readable (fading the whole cell took its text under 3:1).
 */
export const UNCHANGED_STYLE: Record<Outcome, string> = {
  ALLOWED: "shadow-[inset_0_-4px_0_var(--color-outcome-allowed)]",
  LICENCE_REQUIRED: "shadow-[inset_0_-4px_0_var(--color-outcome-licence)]",
  RESTRICTED: "shadow-[inset_0_-4px_0_var(--color-outcome-restricted)]",
  PROHIBITED: "shadow-[inset_0_-4px_0_var(--color-outcome-prohibited)]",
};

/** Outcome from its rank, the encoding the matrix payload uses ("0" … "3"). */
export function outcomeOfRank(rank: string | number): Outcome {
  return OUTCOMES[Number(rank)] ?? "ALLOWED";
}
