import { bandRank, type Methodology } from "./methodology";
import { OUTCOMES } from "../types";
import { SCALE_MAX } from "../risk/weights";

/** A methodology as flat arrays for the scoring loop (read once per evaluation). */
export interface CompiledMethodology {
  readonly source: Methodology;
  /** By outcome rank. */
  readonly accessPoints: readonly number[];
  readonly upcomingPoints: readonly number[];
  readonly originPoints: number;
  readonly criticalityPoints: readonly number[];
  readonly sensitivityPoints: readonly number[];
  readonly userTiers: readonly { minUsers: number; points: number }[];
  readonly dependencePoints: number;
  readonly fallbackLikelihood: number;
  readonly fallbackImpact: number;
  readonly licenceLikelihood: number;
  readonly licenceImpact: number;
  readonly maxLowerLikelihood: number;
  readonly maxLowerImpact: number;
  /** Band index per grid cell, at (likelihood − 1) × 5 + (impact − 1). */
  readonly gridBand: Uint8Array;
  /** Floor band index by finding (= access rank of the finding); -1 = no floor. */
  readonly floorBand: Int8Array;
  readonly appetite: number;
}

export function compileMethodology(m: Methodology): CompiledMethodology {
  const gridBand = new Uint8Array(SCALE_MAX * SCALE_MAX);
  for (let l = 0; l < SCALE_MAX; l++)
    for (let i = 0; i < SCALE_MAX; i++) gridBand[l * SCALE_MAX + i] = bandRank(m.grid[l][i]);
  const floorBand = Int8Array.from(OUTCOMES, (outcome) =>
    outcome === "ALLOWED" ? -1 : bandRank(m.accessBandFloor[outcome]),
  );
  const tiers = [...m.impact.userTiers].sort((a, b) => b.minUsers - a.minUsers);
  return {
    source: m,
    accessPoints: OUTCOMES.map((o) => m.likelihood.accessPoints[o]),
    upcomingPoints: OUTCOMES.map((o) => m.likelihood.upcomingPoints[o]),
    originPoints: m.likelihood.originDependencePoints,
    criticalityPoints: m.impact.criticalityPoints,
    sensitivityPoints: m.impact.sensitivityPoints,
    userTiers: tiers,
    dependencePoints: m.impact.modelDependencePoints,
    fallbackLikelihood: m.controls.fallback.likelihood,
    fallbackImpact: m.controls.fallback.impact,
    licenceLikelihood: m.controls.licence.likelihood,
    licenceImpact: m.controls.licence.impact,
    maxLowerLikelihood: m.controls.maxReduction.likelihood,
    maxLowerImpact: m.controls.maxReduction.impact,
    gridBand,
    floorBand,
    appetite: bandRank(m.appetite),
  };
}
