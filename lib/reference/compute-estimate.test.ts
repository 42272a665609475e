import { describe, expect, it } from "vitest";
import { describeCompute } from "./compute-estimate";

const none = {
  trainingComputeFlop: null,
  trainingComputeMinFlop: null,
  trainingComputeMaxFlop: null,
};

describe("describeCompute", () => {
  it("says nothing is known when nothing is", () => {
    expect(describeCompute(none)).toBeNull();
  });

  it("states a value, a range, a known upper bound or a lower bound", () => {
    expect(describeCompute({ ...none, trainingComputeFlop: 3.8e25 })).toBe("≈ 3.8 × 10²⁵ FLOP");
    expect(describeCompute({ ...none, trainingComputeMaxFlop: 1e25 })).toBe(
      "Known to be below 1.0 × 10²⁵ FLOP",
    );
    expect(
      describeCompute({ ...none, trainingComputeMinFlop: 3e26, trainingComputeMaxFlop: 6e26 }),
    ).toBe("Between 3.0 × 10²⁶ FLOP and 6.0 × 10²⁶ FLOP");
    expect(describeCompute({ ...none, trainingComputeMinFlop: 1e26 })).toBe(
      "At least 1.0 × 10²⁶ FLOP",
    );
    expect(
      describeCompute({
        trainingComputeFlop: 8e25,
        trainingComputeMinFlop: 5e25,
        trainingComputeMaxFlop: 2e26,
      }),
    ).toBe("≈ 8.0 × 10²⁵ FLOP (between 5.0 × 10²⁵ FLOP and 2.0 × 10²⁶ FLOP)");
  });
});
