import type { Band } from "./bands";
import type { Matrix } from "./scenario/build-matrix";
import type { InventoryIndex } from "./scenario/index-inventory";
import type { MethodologyRef } from "./methodology/methodology";
import type { ScoringContext } from "./risk/score-deployment";
import type { Inventory, Outcome, Scenario } from "./types";

export const FINDING_KINDS = ["UNLICENSED", "RESTRICTED", "PROHIBITED"] as const;
/** UNLICENSED: access is LICENCE_REQUIRED and the deployment does not hold the licence. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * A compliance finding: the deployment's access breaks or strains a rule, whatever its risk score.
 * Counted apart from the score; it sets the lowest band the deployment can have.
 */
export interface Finding {
  kind: FindingKind;
  /** Where the access comes from and the rule that decided it (null = scenario default). */
  code: string;
  ruleId: string | null;
  /** The band no control can take the deployment below. */
  floor: Band;
}

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
  inherentLikelihood: number;
  inherentImpact: number;
  /** inherentLikelihood × inherentImpact */
  inherent: number;
  /** The inherent cell moved by controls (clauses, fallback, licence), on the same 5 × 5 grid. */
  residualLikelihood: number;
  residualImpact: number;
  /** residualLikelihood × residualImpact */
  residual: number;
  /** The residual cell's band, raised to the finding's floor. */
  band: Band;
  finding: Finding | null;
  /** false for RETIRED deployments: scored, but left out of roll-ups and exposure counts. */
  inRollups: boolean;
}

/** Severity of a group of deployments: never a sum of ordinal scores. */
export interface RollupRow {
  key: string;
  label: string;
  deployments: number;
  /** null when the row has no deployment. */
  worstBand: Band | null;
  bands: Record<Band, number>;
  maxResidual: number;
  /** Deployments in a band above the methodology's risk appetite, and their share (0–1). */
  aboveAppetite: number;
  shareAboveAppetite: number;
  /** Deployments with a compliance finding. */
  findings: number;
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
  readonly residualLikelihood: Uint8Array;
  readonly residualImpact: Uint8Array;
  readonly residual: Uint8Array;
  /** Access rank of the compliance finding; 0 = none. */
  readonly finding: Uint8Array;
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
  /** The methodology every score in this evaluation was computed with. */
  readonly methodology: MethodologyRef;
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
