import { describe, expect, it } from "vitest";
import type { AiModel, ModelSelector } from "../types";
import { ASSUMED_COMPUTE, MATCHED, computeAtLeast, matchModel } from "./match-model";

const model = (compute: Partial<AiModel>): AiModel => ({
  id: "m",
  vendorId: "v",
  name: "Model",
  originCode: "US",
  weights: "CLOSED",
  trainingComputeFlop: null,
  capabilityClass: "GENERAL",
  ...compute,
});

const aboveThreshold: ModelSelector = {
  all: false,
  originCodes: [],
  vendorIds: [],
  weights: "CLOSED",
  minTrainingComputeFlop: 1e26,
  capabilityClasses: [],
  modelIds: [],
};

describe("training compute as an estimate", () => {
  it("a point estimate decides either way", () => {
    expect(computeAtLeast(model({ trainingComputeFlop: 3.8e25 }), 1e26)).toBe(false);
    expect(computeAtLeast(model({ trainingComputeFlop: 1e26 }), 1e26)).toBe(true);
  });

  it("'known to be below X' rules a small model out without a point estimate", () => {
    const small = model({ trainingComputeMaxFlop: 1e25 });
    expect(computeAtLeast(small, 1e26)).toBe(false);
    expect(computeAtLeast(model({ trainingComputeMaxFlop: 1e26 }), 1e26)).toBe(false);
    expect(matchModel(aboveThreshold, small)).toBe(0);
  });

  it("a range above the threshold matches without assuming anything", () => {
    const big = model({ trainingComputeMinFlop: 3e26, trainingComputeMaxFlop: 6e26 });
    expect(matchModel(aboveThreshold, big)).toBe(MATCHED);
  });

  it("a range straddling the threshold is the worst case, and says it was assumed", () => {
    const straddling = model({
      trainingComputeFlop: 8e25,
      trainingComputeMinFlop: 5e25,
      trainingComputeMaxFlop: 2e26,
    });
    expect(computeAtLeast(straddling, 1e26)).toBeNull();
    expect(matchModel(aboveThreshold, straddling)).toBe(MATCHED | ASSUMED_COMPUTE);
  });

  it("nothing known still counts as the worst case, and says so", () => {
    expect(computeAtLeast(model({}), 1e26)).toBeNull();
    expect(matchModel(aboveThreshold, model({}))).toBe(MATCHED | ASSUMED_COMPUTE);
  });
});
