import { formatFlop } from "../format";

export interface ComputeEstimate {
  trainingComputeFlop: number | null;
  trainingComputeMinFlop: number | null;
  trainingComputeMaxFlop: number | null;
}

/**
 * A training-compute estimate in words: a value, a range, "known to be below X" or "at least X";
 * null when nothing is known (the engine then assumes the worst case, and the page says so).
 */
export function describeCompute(m: ComputeEstimate): string | null {
  const {
    trainingComputeFlop: value,
    trainingComputeMinFlop: min,
    trainingComputeMaxFlop: max,
  } = m;
  const range =
    min !== null && max !== null
      ? `between ${formatFlop(min)} and ${formatFlop(max)}`
      : max !== null
        ? `known to be below ${formatFlop(max)}`
        : min !== null
          ? `at least ${formatFlop(min)}`
          : null;
  if (value !== null) return range ? `≈ ${formatFlop(value)} (${range})` : `≈ ${formatFlop(value)}`;
  return range && range.charAt(0).toUpperCase() + range.slice(1);
}
