/**
 * Shapes of the demo seed data. Rows refer to each other by natural keys (names, codes), never by
 * database ids, so the data reads like an inventory and the seeder resolves the references.
 */
import type {
  CapabilityClass,
  ModelLicence,
  ReferenceStatus,
  ClauseAssessment,
  ClauseType,
  DeploymentStatus,
  Outcome,
  ProcessingScope,
  Weights,
} from "../../lib/domain/types";

export interface SeedGroup {
  name: string;
  description: string;
  source: string;
  sourceUrl: string | null;
  /** YYYY-MM-DD */
  asOf: string | null;
  legalStatus: ReferenceStatus;
  /** YYYY-MM-DD: when the membership was last checked against its source */
  checkedOn: string;
  /** alpha-2: members in force today, since before records */
  members: string[];
  /** past or dated memberships (validFrom inclusive, validTo exclusive) */
  history?: { code: string; validFrom: string; validTo: string | null }[];
}

export interface SeedVendor {
  name: string;
  hqCode: string;
  website: string;
  status: "ACTIVE" | "UNDER_REVIEW" | "OFFBOARDED";
  owner: string;
  notes: string;
  /** The Deployment.cloudProvider code of the cloud this vendor runs (AZURE, AWS, GCP). */
  cloudProviderCode?: string;
}

export interface SeedModel {
  vendor: string;
  name: string;
  modelVersion: string;
  originCode: string | null;
  weights: Weights | null;
  trainingComputeFlop: number | null;
  /** range of the estimate; a max alone records "known to be below" it */
  trainingComputeMinFlop: number | null;
  trainingComputeMaxFlop: number | null;
  licence: ModelLicence | null;
  licenceName: string | null;
  capabilityClass: CapabilityClass;
  modality: "TEXT" | "MULTIMODAL" | "CODE" | "EMBEDDING" | "IMAGE" | "AUDIO";
  releaseDate: string | null;
  exportClassification: string | null;
  computeSource: string | null;
}

export interface SeedDeployment {
  ref: string;
  /** model name */
  model: string;
  jurisdictionCode: string;
  cloudProvider: string;
  cloudRegion: string;
  processingScope: ProcessingScope;
  businessUnit: string;
  useCase: string;
  dataSensitivity: number;
  businessCriticality: number;
  users: number;
  status: DeploymentStatus;
  goLiveDate: string | null;
  fallbackModel: string | null;
}

export interface SeedClause {
  type: ClauseType;
  heading: string;
  text: string;
  assessment: ClauseAssessment;
  /** For a data-residency commitment that names a place: where it keeps data (alpha-2). */
  places?: string[];
}

export interface SeedContract {
  vendor: string;
  title: string;
  effectiveDate: string;
  expiryDate: string | null;
  governingLawCode: string;
  /** Left out = ALL_SERVICES (see ContractCoverage). */
  coverage?: "ALL_SERVICES" | "MODEL_SERVICE" | "LISTED_MODELS";
  /** Model names a LISTED_MODELS contract covers. */
  coveredModels?: string[];
  clauses: SeedClause[];
}

export interface SeedRule {
  name: string;
  jurisdictions: {
    /** group names */
    groups: string[];
    countries: string[];
    allOthers: boolean;
    excludeGroups: string[];
    excludeCountries: string[];
  };
  models: {
    all: boolean;
    originCodes: string[];
    /** vendor names */
    vendors: string[];
    weights: Weights | null;
    minTrainingComputeFlop: number | null;
    capabilityClasses: CapabilityClass[];
    /** model names */
    models: string[];
  };
  outcome: Outcome;
  rationale: string;
  source: string;
  effectiveDate: string | null;
}

export interface SeedScenario {
  name: string;
  description: string;
  status: "DRAFT" | "ACTIVE" | "ARCHIVED";
  legalStatus: ReferenceStatus;
  sources: string;
  sourceUrls: string[];
  /** YYYY-MM-DD */
  checkedOn: string;
  isActive: boolean;
  defaultOutcome: Outcome;
  rules: SeedRule[];
}
