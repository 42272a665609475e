import type { AiModel, ModelSelector } from "../types";

/** Facts the engine may have to assume because the inventory does not know them. */
export const ASSUMABLE_FACTS = ["originCode", "weights", "trainingComputeFlop"] as const;
export type AssumedFact = (typeof ASSUMABLE_FACTS)[number];

/** Bit flags returned by matchModel: MATCHED plus one bit per fact assumed to make the match. */
export const MATCHED = 1;
export const ASSUMED_ORIGIN = 2;
export const ASSUMED_WEIGHTS = 4;
export const ASSUMED_COMPUTE = 8;

/**
 * Whether a rule's model selector covers a model: 0 when it does not, otherwise MATCHED plus the
 * bits of the facts that were unknown and assumed to be the worst case (i.e. to satisfy the
 * criterion). `all` covers every model; otherwise every criterion that is set must hold (AND
 * across criteria, OR within a list) and a selector with no criterion covers nothing.
 */
export function matchModel(selector: ModelSelector, model: AiModel): number {
  if (selector.all) return MATCHED;
  let criteria = 0;
  let flags = MATCHED;

  if (selector.originCodes.length > 0) {
    criteria++;
    if (model.originCode === null) flags |= ASSUMED_ORIGIN;
    else if (!selector.originCodes.includes(model.originCode)) return 0;
  }
  if (selector.vendorIds.length > 0) {
    criteria++;
    if (!selector.vendorIds.includes(model.vendorId)) return 0;
  }
  if (selector.weights !== null) {
    criteria++;
    if (model.weights === null) flags |= ASSUMED_WEIGHTS;
    else if (model.weights !== selector.weights) return 0;
  }
  if (selector.minTrainingComputeFlop !== null) {
    criteria++;
    const known = computeAtLeast(model, selector.minTrainingComputeFlop);
    if (known === false) return 0;
    if (known === null) flags |= ASSUMED_COMPUTE;
  }
  if (selector.capabilityClasses.length > 0) {
    criteria++;
    if (!selector.capabilityClasses.includes(model.capabilityClass)) return 0;
  }
  if (selector.modelIds.length > 0) {
    criteria++;
    if (!selector.modelIds.includes(model.id)) return 0;
  }
  return criteria === 0 ? 0 : flags;
}

/**
 * Whether the model's training compute is at least `threshold`: true or false when the estimate
 * (value or range) settles it, null when it does not — nothing known, or a range that straddles
 * the threshold — and the caller assumes the worst case. A max alone means "known to be below".
 */
export function computeAtLeast(model: AiModel, threshold: number): boolean | null {
  const value = model.trainingComputeFlop;
  const min = model.trainingComputeMinFlop ?? null;
  const max = model.trainingComputeMaxFlop ?? null;
  if (min !== null ? min >= threshold : value !== null && value >= threshold) return true;
  if (max !== null ? max <= threshold : value !== null && value < threshold) return false;
  return null;
}

export function assumedFactsOf(flags: number): AssumedFact[] {
  const facts: AssumedFact[] = [];
  if (flags & ASSUMED_ORIGIN) facts.push("originCode");
  if (flags & ASSUMED_WEIGHTS) facts.push("weights");
  if (flags & ASSUMED_COMPUTE) facts.push("trainingComputeFlop");
  return facts;
}
