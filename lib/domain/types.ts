/**
 * Plain data the policy and risk engine reads and returns. No framework, no database types:
 * the server maps Prisma rows into these shapes, the engine never imports from outside lib/domain.
 */

/** Ordered from least to most restrictive; the order is the engine's notion of "worse". */
export const OUTCOMES = ["ALLOWED", "LICENCE_REQUIRED", "RESTRICTED", "PROHIBITED"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CAPABILITY_CLASSES = ["NARROW", "GENERAL", "FRONTIER"] as const;
export type CapabilityClass = (typeof CAPABILITY_CLASSES)[number];

export const WEIGHTS = ["OPEN", "CLOSED"] as const;
export type Weights = (typeof WEIGHTS)[number];

/** Published or not; the licence is recorded apart (MODEL_LICENCES). */
export const MODEL_LICENCES = [
  "OPEN",
  "OPEN_NON_COMMERCIAL",
  "CUSTOM_RESTRICTIONS",
  "PROPRIETARY",
] as const;
export type ModelLicence = (typeof MODEL_LICENCES)[number];

/** What a group or scenario is (see docs/decisions/0008-reference-data.md). */
export const REFERENCE_STATUSES = [
  "IN_FORCE",
  "ANNOUNCED",
  "PROPOSED",
  "RESCINDED",
  "WHAT_IF",
  "COMPANY_POLICY",
  "REFERENCE_LIST",
] as const;
export type ReferenceStatus = (typeof REFERENCE_STATUSES)[number];

export const PROCESSING_SCOPES = ["REGIONAL", "ZONE", "GLOBAL"] as const;
export type ProcessingScope = (typeof PROCESSING_SCOPES)[number];

export const DEPLOYMENT_STATUSES = ["PLANNED", "LIVE", "RETIRED"] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export const CLAUSE_TYPES = [
  "EXPORT_CONTROL",
  "SANCTIONS_SCREENING",
  "DATA_RESIDENCY",
  "SUBPROCESSOR_LOCATIONS",
  "CHANGE_OF_LAW",
  "SUSPENSION_FOR_LEGAL_REASONS",
  "DEPRECATION_NOTICE",
  "AUDIT_RIGHTS",
  "REGULATORY_INDEMNITY",
  "GOVERNING_LAW",
  "TERMINATION_ASSISTANCE",
] as const;
export type ClauseType = (typeof CLAUSE_TYPES)[number];

export const CLAUSE_ASSESSMENTS = ["ADEQUATE", "WEAK", "MISSING", "NOT_ASSESSED"] as const;
export type ClauseAssessment = (typeof CLAUSE_ASSESSMENTS)[number];

export interface Jurisdiction {
  /** ISO 3166-1 alpha-2 */
  code: string;
  name: string;
  region: string;
  subRegion: string | null;
}

/** One country's membership of a group over a period (dates YYYY-MM-DD). */
export interface MembershipPeriod {
  /** alpha-2 */
  code: string;
  /** inclusive; null = since before records */
  validFrom: string | null;
  /** exclusive (the day it ends); null = open */
  validTo: string | null;
}

export interface CountryGroup {
  id: string;
  name: string;
  /** alpha-2 codes; when periods are given, the engine replaces these with the members on its date */
  members: string[];
  periods?: MembershipPeriod[];
}

export const VENDOR_STATUSES = ["ACTIVE", "UNDER_REVIEW", "OFFBOARDED"] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];

export const MODALITIES = ["TEXT", "MULTIMODAL", "CODE", "EMBEDDING", "IMAGE", "AUDIO"] as const;
export type Modality = (typeof MODALITIES)[number];

export interface Vendor {
  id: string;
  name: string;
  hqCode: string | null;
  /** Left out = ACTIVE. Alternatives come only from active vendors. */
  status?: VendorStatus;
  /**
   * The Deployment.cloudProvider code of the cloud this vendor runs (e.g. "AZURE" for Microsoft):
   * deployments on that cloud are delivered by this vendor and covered by its contracts.
   */
  cloudProvider?: string | null;
}

export interface AiModel {
  id: string;
  vendorId: string;
  name: string;
  /** null = unknown: the engine assumes the worst case */
  originCode: string | null;
  /** null = unknown */
  weights: Weights | null;
  /** estimated training compute in FLOP; null = unknown */
  trainingComputeFlop: number | null;
  /**
   * Range of the estimate, when recorded. A max alone says "known to be below" it, so a small
   * model with undisclosed compute is not taken for a frontier one; nothing known = worst case.
   */
  trainingComputeMinFlop?: number | null;
  trainingComputeMaxFlop?: number | null;
  capabilityClass: CapabilityClass;
  /** Left out = TEXT. An alternative must have the same modality. */
  modality?: Modality;
}

export interface Deployment {
  id: string;
  /** short human reference, e.g. "DEP-0042" */
  ref: string;
  modelId: string;
  /** the jurisdiction the deployment serves */
  jurisdictionCode: string;
  /** e.g. AZURE, AWS, VENDOR_API, ON_PREM; left out = unknown */
  cloudProvider?: string;
  processingScope: ProcessingScope;
  /** every jurisdiction the processing scope can reach (may or may not include jurisdictionCode) */
  reach: string[];
  businessUnit: string;
  /** 1–5 */
  dataSensitivity: number;
  /** 1–5 */
  businessCriticality: number;
  users: number;
  status: DeploymentStatus;
  fallbackModelId: string | null;
  /** Jurisdictions where the deployment holds the licence a LICENCE_REQUIRED rule asks for. */
  licensedCodes?: readonly string[];
}

export interface ContractClause {
  id: string;
  type: ClauseType;
  assessment: ClauseAssessment;
  /** Shown in explanations; left out = the clause type's label. */
  heading?: string;
  /**
   * For a data-residency commitment: the jurisdictions (alpha-2) it keeps data in. Left out or
   * empty = the region the customer chooses for each deployment (e.g. "the resource's geography").
   */
  places?: readonly string[];
}

/**
 * What a contract covers: every service of its counterparty (its own API and, for a cloud
 * provider, its cloud), only a cloud provider's model service (deployments on that cloud), or
 * the models it lists (on whichever channel, on premises included).
 */
export const CONTRACT_COVERAGES = ["ALL_SERVICES", "MODEL_SERVICE", "LISTED_MODELS"] as const;
export type ContractCoverage = (typeof CONTRACT_COVERAGES)[number];

export interface Contract {
  id: string;
  /** The counterparty: a model vendor, a cloud provider or a reseller. */
  vendorId: string;
  /** Shown in explanations; left out = the id. */
  title?: string;
  /** Left out = ALL_SERVICES. */
  coverage?: ContractCoverage;
  /** Model ids a LISTED_MODELS contract covers. */
  modelIds?: readonly string[];
  /** ISO date (YYYY-MM-DD) */
  effectiveDate: string;
  /** ISO date or null (open-ended) */
  expiryDate: string | null;
  clauses: ContractClause[];
}

export interface JurisdictionSelector {
  groupIds: string[];
  countries: string[];
  /** "All other jurisdictions": every jurisdiction except the exclusions below. */
  allOthers: boolean;
  excludeGroupIds: string[];
  excludeCountries: string[];
}

export interface ModelSelector {
  /** true: every model (other criteria must then be empty) */
  all: boolean;
  originCodes: string[];
  vendorIds: string[];
  /** null: either */
  weights: Weights | null;
  /** matches models with trainingComputeFlop >= this value */
  minTrainingComputeFlop: number | null;
  capabilityClasses: CapabilityClass[];
  modelIds: string[];
}

export interface PolicyRule {
  id: string;
  name: string;
  jurisdictions: JurisdictionSelector;
  models: ModelSelector;
  outcome: Outcome;
  rationale: string;
  source: string;
  /** ISO date; null = in force. A date after the evaluation date makes the rule "upcoming". */
  effectiveDate: string | null;
}

export interface Scenario {
  id: string;
  name: string;
  defaultOutcome: Outcome;
  rules: PolicyRule[];
}

export interface Inventory {
  jurisdictions: Jurisdiction[];
  groups: CountryGroup[];
  vendors: Vendor[];
  models: AiModel[];
  deployments: Deployment[];
  contracts: Contract[];
}
