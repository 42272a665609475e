import { OUTCOMES, type Outcome } from "./types";

/** Rank of an outcome: 0 = ALLOWED … 3 = PROHIBITED. The engine stores ranks in typed arrays. */
export function outcomeRank(outcome: Outcome): number {
  const rank = OUTCOMES.indexOf(outcome);
  if (rank < 0) throw new RangeError(`Unknown outcome "${String(outcome)}"`);
  return rank;
}

export function outcomeAt(rank: number): Outcome {
  const outcome = OUTCOMES[rank];
  if (outcome === undefined) throw new RangeError(`No outcome has rank ${rank}`);
  return outcome;
}

/** Negative when a is less restrictive than b, 0 when equal, positive when a is stricter. */
export function compareOutcomes(a: Outcome, b: Outcome): number {
  return outcomeRank(a) - outcomeRank(b);
}

/** The most restrictive of the given outcomes. */
export function maxOutcome(first: Outcome, ...rest: Outcome[]): Outcome {
  let worst = outcomeRank(first);
  for (const outcome of rest) worst = Math.max(worst, outcomeRank(outcome));
  return outcomeAt(worst);
}

/** "Restricted or worse" is the line at which the product looks for alternatives. */
export function isRestrictedOrWorse(outcome: Outcome): boolean {
  return outcomeRank(outcome) >= RESTRICTED_RANK;
}

export const ALLOWED_RANK = 0;
export const RESTRICTED_RANK = 2;
