/**
 * A small, realistic inventory for the engine's tests: real countries and groups (from
 * shared/domain-facts.md), real vendors and models, a handful of deployments and contracts.
 */
import type {
  AiModel,
  Contract,
  CountryGroup,
  Deployment,
  Inventory,
  JurisdictionSelector,
  ModelSelector,
  PolicyRule,
  Scenario,
} from "./types";

export const AS_OF = "2026-11-29";

const J = (code: string, name: string, region: string) => ({ code, name, region, subRegion: null });

export const JURISDICTIONS = [
  J("US", "United States", "Americas"),
  J("CA", "Canada", "Americas"),
  J("BR", "Brazil", "Americas"),
  J("GB", "United Kingdom", "Europe"),
  J("FR", "France", "Europe"),
  J("DE", "Germany", "Europe"),
  J("IT", "Italy", "Europe"),
  J("PL", "Poland", "Europe"),
  J("TR", "Türkiye", "Europe"),
  J("JP", "Japan", "Asia"),
  J("KR", "South Korea", "Asia"),
  J("IN", "India", "Asia"),
  J("SG", "Singapore", "Asia"),
  J("CN", "China", "Asia"),
  J("RU", "Russia", "Europe"),
  J("AE", "United Arab Emirates", "Middle East"),
  J("AU", "Australia", "Oceania"),
  J("NZ", "New Zealand", "Oceania"),
];
export const ALL_CODES = JURISDICTIONS.map((j) => j.code);

const group = (id: string, name: string, members: string): CountryGroup => ({
  id,
  name,
  members: members.split(" "),
});

export const GROUPS: CountryGroup[] = [
  group("g7", "G7", "CA FR DE IT JP GB US"),
  group("fvey", "Five Eyes", "AU CA NZ GB US"),
  group(
    "nato",
    "NATO",
    "AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US",
  ),
  group(
    "eu27",
    "EU-27",
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE",
  ),
  group("tier1", "AI diffusion Tier 1", "US AU BE CA DK FI FR DE IE IT JP NL NZ NO KR ES SE TW GB"),
  group(
    "d5",
    "US Country Group D:5",
    "AF BY MM CF CN CD CU ER HT IR IQ KP LB LY NI RU SO SS SD SY VE ZW",
  ),
];

export const VENDORS = [
  { id: "openai", name: "OpenAI", hqCode: "US" },
  { id: "anthropic", name: "Anthropic", hqCode: "US" },
  { id: "meta", name: "Meta", hqCode: "US" },
  { id: "mistral", name: "Mistral AI", hqCode: "FR" },
  { id: "deepseek", name: "DeepSeek", hqCode: "CN" },
  { id: "alibaba", name: "Alibaba", hqCode: "CN" },
  { id: "cohere", name: "Cohere", hqCode: "CA" },
];

const model = (
  id: string,
  vendorId: string,
  name: string,
  originCode: string | null,
  weights: AiModel["weights"],
  trainingComputeFlop: number | null,
  capabilityClass: AiModel["capabilityClass"],
): AiModel => ({ id, vendorId, name, originCode, weights, trainingComputeFlop, capabilityClass });

export const MODELS: AiModel[] = [
  model("gpt-4o", "openai", "GPT-4o", "US", "CLOSED", 3.8e25, "FRONTIER"),
  model("gpt-4o-mini", "openai", "GPT-4o mini", "US", "CLOSED", 7.4e24, "GENERAL"),
  model("claude-3-5-sonnet", "anthropic", "Claude 3.5 Sonnet", "US", "CLOSED", 5.0e25, "FRONTIER"),
  model("claude-opus-4", "anthropic", "Claude Opus 4", "US", "CLOSED", null, "FRONTIER"),
  model("llama-3-1-405b", "meta", "Llama 3.1 405B", "US", "OPEN", 3.8e25, "FRONTIER"),
  model("mistral-large-2", "mistral", "Mistral Large 2", "FR", "CLOSED", null, "FRONTIER"),
  model("mixtral-8x22b", "mistral", "Mixtral 8x22B", "FR", "OPEN", null, "GENERAL"),
  model("deepseek-v3", "deepseek", "DeepSeek-V3", "CN", "OPEN", 3.3e24, "FRONTIER"),
  model("qwen3", "alibaba", "Qwen3", "CN", "OPEN", null, "GENERAL"),
  model("command-a", "cohere", "Command A", "CA", "CLOSED", null, "GENERAL"),
];

const deployment = (
  d: Partial<Deployment> & Pick<Deployment, "id" | "modelId" | "jurisdictionCode">,
): Deployment => ({
  ref: d.id.toUpperCase(),
  cloudProvider: "VENDOR_API",
  processingScope: "REGIONAL",
  reach: [d.jurisdictionCode],
  businessUnit: "Operations",
  dataSensitivity: 3,
  businessCriticality: 3,
  users: 500,
  status: "LIVE",
  fallbackModelId: null,
  ...d,
});

export const DEPLOYMENTS: Deployment[] = [
  deployment({
    id: "dep-jp-hr",
    modelId: "gpt-4o",
    jurisdictionCode: "JP",
    businessUnit: "HR",
    dataSensitivity: 4,
    users: 2_000,
    fallbackModelId: "mistral-large-2",
  }),
  deployment({
    id: "dep-pl-claims",
    modelId: "claude-3-5-sonnet",
    jurisdictionCode: "PL",
    reach: ["PL", "DE"],
    processingScope: "ZONE",
    businessUnit: "Claims",
    businessCriticality: 4,
  }),
  deployment({
    id: "dep-global-support",
    modelId: "gpt-4o",
    jurisdictionCode: "US",
    processingScope: "GLOBAL",
    reach: ALL_CODES.filter((c) => c !== "US"),
    businessUnit: "Customer Service",
    businessCriticality: 5,
    users: 120_000,
  }),
  deployment({
    id: "dep-eu-legal",
    modelId: "mistral-large-2",
    jurisdictionCode: "FR",
    processingScope: "ZONE",
    reach: ["FR", "DE", "IT", "PL"],
    businessUnit: "Legal",
    dataSensitivity: 5,
  }),
  deployment({
    id: "dep-cn-research",
    modelId: "deepseek-v3",
    jurisdictionCode: "CN",
    businessUnit: "Research",
    businessCriticality: 2,
    users: 40,
  }),
  deployment({
    id: "dep-gb-retired",
    modelId: "gpt-4o-mini",
    jurisdictionCode: "GB",
    status: "RETIRED",
    businessUnit: "HR",
  }),
  deployment({
    id: "dep-in-ops",
    modelId: "claude-opus-4",
    jurisdictionCode: "IN",
    reach: ["IN", "SG"],
    processingScope: "ZONE",
    users: 8_000,
    fallbackModelId: "llama-3-1-405b",
  }),
  deployment({
    id: "dep-br-marketing",
    modelId: "llama-3-1-405b",
    jurisdictionCode: "BR",
    businessUnit: "Marketing",
    dataSensitivity: 2,
  }),
  deployment({
    id: "dep-us-finance",
    modelId: "gpt-4o",
    jurisdictionCode: "US",
    businessUnit: "Finance",
    businessCriticality: 4,
    dataSensitivity: 4,
  }),
];

export const CONTRACTS: Contract[] = [
  {
    id: "ctr-openai-2025",
    vendorId: "openai",
    effectiveDate: "2025-01-01",
    expiryDate: null,
    clauses: [
      { id: "c1", type: "CHANGE_OF_LAW", assessment: "ADEQUATE" },
      { id: "c2", type: "DEPRECATION_NOTICE", assessment: "ADEQUATE" },
      { id: "c3", type: "DATA_RESIDENCY", assessment: "WEAK" },
      { id: "c4", type: "SUSPENSION_FOR_LEGAL_REASONS", assessment: "WEAK" },
    ],
  },
  {
    id: "ctr-anthropic-2024",
    vendorId: "anthropic",
    effectiveDate: "2024-03-01",
    expiryDate: "2026-06-30",
    clauses: [
      { id: "c5", type: "CHANGE_OF_LAW", assessment: "ADEQUATE" },
      { id: "c6", type: "EXPORT_CONTROL", assessment: "ADEQUATE" },
    ],
  },
  {
    id: "ctr-anthropic-2027",
    vendorId: "anthropic",
    effectiveDate: "2027-01-01",
    expiryDate: null,
    clauses: [{ id: "c7", type: "CHANGE_OF_LAW", assessment: "ADEQUATE" }],
  },
  {
    id: "ctr-mistral-2025",
    vendorId: "mistral",
    effectiveDate: "2025-06-01",
    expiryDate: "2027-05-31",
    clauses: [
      { id: "c8", type: "EXPORT_CONTROL", assessment: "ADEQUATE" },
      { id: "c9", type: "DATA_RESIDENCY", assessment: "ADEQUATE" },
      { id: "c10", type: "CHANGE_OF_LAW", assessment: "MISSING" },
    ],
  },
];

export function makeInventory(overrides: Partial<Inventory> = {}): Inventory {
  return {
    jurisdictions: JURISDICTIONS,
    groups: GROUPS,
    vendors: VENDORS,
    models: MODELS,
    deployments: DEPLOYMENTS,
    contracts: CONTRACTS,
    ...overrides,
  };
}

export function jurisdictions(selector: Partial<JurisdictionSelector> = {}): JurisdictionSelector {
  return {
    groupIds: [],
    countries: [],
    allOthers: false,
    excludeGroupIds: [],
    excludeCountries: [],
    ...selector,
  };
}

export function models(selector: Partial<ModelSelector> = {}): ModelSelector {
  return {
    all: false,
    originCodes: [],
    vendorIds: [],
    weights: null,
    minTrainingComputeFlop: null,
    capabilityClasses: [],
    modelIds: [],
    ...selector,
  };
}

export function rule(r: Partial<PolicyRule> & Pick<PolicyRule, "id" | "outcome">): PolicyRule {
  return {
    name: r.id,
    jurisdictions: jurisdictions({ allOthers: true }),
    models: models({ all: true }),
    rationale: "test",
    source: "test",
    effectiveDate: null,
    ...r,
  };
}

export function scenario(
  rules: PolicyRule[],
  defaultOutcome: Scenario["defaultOutcome"] = "ALLOWED",
): Scenario {
  return { id: "scn-test", name: "Test scenario", defaultOutcome, rules };
}

/** "Trusted partners = <group>": closed US frontier models are restricted everywhere else. */
export function trustedPartners(groupId: string): Scenario {
  return scenario([
    rule({
      id: `closed-us-frontier-outside-${groupId}`,
      name: `Closed US frontier models outside ${groupId}`,
      jurisdictions: jurisdictions({ allOthers: true, excludeGroupIds: [groupId] }),
      models: models({ originCodes: ["US"], weights: "CLOSED", capabilityClasses: ["FRONTIER"] }),
      outcome: "RESTRICTED",
    }),
  ]);
}
