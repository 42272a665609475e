import type { Band } from "./bands";
import type { Matrix } from "./scenario/build-matrix";
import type { InventoryIndex } from "./scenario/index-inventory";
import type { ScoringContext } from "./risk/score-deployment";
import type { Inventory, Outcome, Scenario } from "./types";

/** One deployment's result in the bulk evaluation. Explanations come from explainDeployment(). */
export interface DeploymentResult {
  deploymentId: string;
  ref: string;
  modelId: string;
  /** Most restrictive outcome over the served jurisdiction and its reach. */
  access: Outcome;
  /** Where that outcome comes from (served jurisdiction first on ties, then by code). */
  accessFromCode: string;
  /** null: the scenario's default outcome decided it. */
  decidingRuleId: string | null;
  /** The stricter access upcoming rules would bring; null when they change nothing. */
  upcomingOutcome: Outcome | null;
  likelihood: number;
  impact: number;
  inherent: number;
  residual: number;
  band: Band;
  /** false for RETIRED deployments: scored, but left out of roll-ups and exposure counts. */
  inRollups: boolean;
}

export interface RollupRow {
  key: string;
  label: string;
  deployments: number;
  bands: Record<Band, number>;
  maxResidual: number;
  sumResidual: number;
  sumInherent: number;
}

export interface Rollups {
  byVendor: RollupRow[];
  byModel: RollupRow[];
  /** By the jurisdiction each deployment serves (not its reach). */
  byJurisdiction: RollupRow[];
  byRegion: RollupRow[];
  byBusinessUnit: RollupRow[];
  /** A deployment counts in every group its served jurisdiction belongs to. */
  byGroup: RollupRow[];
  portfolio: RollupRow;
}

/** Per-deployment results as typed arrays, indexed like inventory.deployments. */
export interface DeploymentArrays {
  readonly access: Uint8Array;
  readonly future: Uint8Array;
  readonly accessFrom: Int32Array;
  readonly decidingRule: Int32Array;
  readonly likelihood: Uint8Array;
  readonly impact: Uint8Array;
  readonly inherent: Uint8Array;
  readonly residual: Uint8Array;
  /** Index into BANDS. */
  readonly band: Uint8Array;
  /** 1 unless RETIRED. */
  readonly inRollups: Uint8Array;
}

/** Compiled state shared by explanations, diffs and alternatives; screens may read the typed arrays. */
export interface EvaluationInternals {
  readonly index: InventoryIndex;
  readonly matrix: Matrix;
  readonly scoring: ScoringContext;
  readonly deployments: DeploymentArrays;
  /** Non-retired deployments exposed per cell (same layout as matrix.outcome). */
  readonly exposedCount: Int32Array;
}

export interface Evaluation {
  readonly asOf: string;
  readonly scenario: Scenario;
  readonly inventory: Inventory;
  /** Matrix rows (inventory.models order) and columns (jurisdictions, then codes only deployments use). */
  readonly modelIds: readonly string[];
  readonly jurisdictionCodes: readonly string[];
  outcomeOf(modelId: string, code: string): Outcome;
  decidingRuleIdOf(modelId: string, code: string): string | null;
  upcomingOutcomeOf(modelId: string, code: string): Outcome | null;
  exposedDeploymentsOf(modelId: string, code: string): number;
  deployment(deploymentId: string): DeploymentResult;
  deploymentAt(position: number): DeploymentResult;
  readonly rollups: Rollups;
  readonly internals: EvaluationInternals;
}
