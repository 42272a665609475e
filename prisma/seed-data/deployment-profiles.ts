/**
 * Reference tables the demo-deployment generator draws from: the business units and their use
 * cases, where each served country is hosted, and which models each hosting option offers.
 */

/** What a use case needs from a model. */
export type UseCaseKind = "chat" | "vision" | "code" | "embed" | "audio" | "image";

export interface BusinessUnit {
  name: string;
  /** relative share of deployments */
  weight: number;
  /** typical data sensitivity and business criticality, 1–5 */
  sensitivity: number;
  criticality: number;
  /** range of users, sampled log-uniformly */
  users: [min: number, max: number];
  /** name, kind and relative frequency within the unit */
  useCases: [name: string, kind: UseCaseKind, weight: number][];
}

export const BUSINESS_UNITS: BusinessUnit[] = [
  {
    name: "Retail Banking",
    weight: 16,
    sensitivity: 4,
    criticality: 4,
    users: [100, 25_000],
    useCases: [
      ["Loan application document extraction", "vision", 3],
      ["Branch staff policy assistant", "chat", 3],
      ["Card dispute summarisation", "chat", 3],
      ["Semantic search over product terms", "embed", 2],
      ["Credit memo drafting", "chat", 3],
    ],
  },
  {
    name: "Wealth Management",
    weight: 10,
    sensitivity: 5,
    criticality: 3,
    users: [30, 4_000],
    useCases: [
      ["Client meeting note summarisation", "chat", 3],
      ["Portfolio commentary drafting", "chat", 3],
      ["Adviser research assistant", "chat", 3],
      ["Call transcription for suitability records", "audio", 1],
    ],
  },
  {
    name: "Claims",
    weight: 12,
    sensitivity: 4,
    criticality: 4,
    users: [50, 5_000],
    useCases: [
      ["First notice of loss triage", "chat", 3],
      ["Damage photo assessment", "vision", 3],
      ["Claims correspondence drafting", "chat", 3],
      ["Fraud indicator extraction", "chat", 3],
    ],
  },
  {
    name: "Customer Service",
    weight: 18,
    sensitivity: 3,
    criticality: 5,
    users: [200, 60_000],
    useCases: [
      ["Customer chat assistant", "chat", 3],
      ["Agent reply suggestions", "chat", 3],
      ["Call-centre transcription", "audio", 1],
      ["Knowledge-base retrieval", "embed", 2],
      ["Complaint classification", "chat", 3],
    ],
  },
  {
    name: "Engineering",
    weight: 14,
    sensitivity: 2,
    criticality: 3,
    users: [50, 8_000],
    useCases: [
      ["Code completion in the IDE", "code", 3],
      ["Pull-request review assistant", "code", 3],
      ["Unit test generation", "code", 3],
      ["Incident postmortem drafting", "chat", 3],
      ["Internal developer docs search", "embed", 2],
    ],
  },
  {
    name: "Marketing",
    weight: 9,
    sensitivity: 1,
    criticality: 2,
    users: [20, 1_500],
    useCases: [
      ["Campaign copy generation", "chat", 3],
      ["Product imagery generation", "image", 1],
      ["Social listening summarisation", "chat", 3],
      ["Localisation of marketing content", "chat", 3],
    ],
  },
  {
    name: "HR",
    weight: 6,
    sensitivity: 5,
    criticality: 2,
    users: [20, 3_000],
    useCases: [
      ["HR policy Q&A", "chat", 3],
      ["Job description drafting", "chat", 3],
      ["Learning content generation", "chat", 3],
    ],
  },
  {
    name: "Legal & Compliance",
    weight: 8,
    sensitivity: 4,
    criticality: 3,
    users: [20, 800],
    useCases: [
      ["Contract clause extraction", "chat", 3],
      ["Regulatory change monitoring", "chat", 3],
      ["AML alert narrative drafting", "chat", 3],
      ["Sanctions name-matching support", "embed", 2],
    ],
  },
  {
    name: "Risk",
    weight: 7,
    sensitivity: 4,
    criticality: 4,
    users: [20, 600],
    useCases: [
      ["Model risk documentation drafting", "chat", 3],
      ["Credit early-warning summarisation", "chat", 3],
      ["Operational loss event classification", "chat", 3],
    ],
  },
];

/** Deployments per served country (150 in total). */
// prettier-ignore
export const COUNTRY_COUNTS: Record<string, number> = {
  US: 17, GB: 10, DE: 10, FR: 7, JP: 7, IN: 7, CA: 5, BR: 5, SG: 5, IT: 4, ES: 4, PL: 4, AU: 4,
  MX: 4, NL: 3, SE: 3, CH: 3, KR: 3, AE: 3, CN: 4, ZA: 2, IE: 2, TW: 2, TR: 2, NZ: 2, CZ: 2,
  RO: 2, PT: 2, NO: 2, IL: 2, SA: 2, ID: 2, CL: 2, HU: 1, GR: 1, VN: 1, TH: 1, MY: 1, PH: 1,
  EG: 1, NG: 1, KE: 1, AR: 1, CO: 1, RU: 1,
};

/** Cloud regions used to serve each country ("provider/region"); CN and RU run on premises only. */
// prettier-ignore
export const CLOUD_HOSTING: Record<string, string[]> = {
  US: ["AZURE/eastus", "AZURE/eastus2", "AZURE/westus3", "AWS/us-east-1", "AWS/us-west-2", "GCP/us-central1", "GCP/us-east4", "ORACLE/us-ashburn-1"],
  CA: ["AZURE/canadacentral", "AWS/ca-central-1", "GCP/northamerica-northeast2", "ORACLE/ca-toronto-1"],
  GB: ["AZURE/uksouth", "AZURE/ukwest", "AWS/eu-west-2", "GCP/europe-west2", "ORACLE/uk-london-1"],
  IE: ["AZURE/northeurope", "AWS/eu-west-1"],
  DE: ["AZURE/germanywestcentral", "AWS/eu-central-1", "GCP/europe-west3", "ORACLE/eu-frankfurt-1"],
  FR: ["AZURE/francecentral", "AWS/eu-west-3", "GCP/europe-west9"],
  NL: ["AZURE/westeurope", "GCP/europe-west4", "ORACLE/eu-amsterdam-1"],
  IT: ["AZURE/italynorth", "AWS/eu-south-1", "GCP/europe-west8"],
  ES: ["AZURE/spaincentral", "AWS/eu-south-2", "GCP/europe-southwest1"],
  PL: ["AZURE/polandcentral", "GCP/europe-central2"],
  SE: ["AZURE/swedencentral", "AWS/eu-north-1"],
  NO: ["AZURE/norwayeast", "AZURE/swedencentral"],
  CH: ["AZURE/switzerlandnorth", "AWS/eu-central-2", "GCP/europe-west6"],
  CZ: ["AZURE/germanywestcentral", "AWS/eu-central-1", "GCP/europe-central2"],
  HU: ["AZURE/germanywestcentral", "AZURE/polandcentral"],
  RO: ["AZURE/westeurope", "AWS/eu-central-1"],
  GR: ["AZURE/italynorth", "AWS/eu-south-1"],
  PT: ["AZURE/spaincentral", "AWS/eu-south-2"],
  TR: ["AZURE/westeurope", "GCP/europe-west3"],
  JP: ["AZURE/japaneast", "AWS/ap-northeast-1", "GCP/asia-northeast1", "ORACLE/ap-tokyo-1"],
  KR: ["AZURE/koreacentral", "AWS/ap-northeast-2", "GCP/asia-northeast3"],
  TW: ["GCP/asia-east1", "AZURE/japaneast"],
  IN: ["AZURE/centralindia", "AWS/ap-south-1", "GCP/asia-south1", "ORACLE/ap-mumbai-1"],
  SG: ["AZURE/southeastasia", "AWS/ap-southeast-1", "GCP/asia-southeast1"],
  ID: ["AWS/ap-southeast-3", "GCP/asia-southeast2", "AZURE/indonesiacentral"],
  MY: ["AWS/ap-southeast-5", "AZURE/southeastasia"],
  TH: ["AWS/ap-southeast-7", "AWS/ap-southeast-1"],
  VN: ["AZURE/southeastasia", "AWS/ap-southeast-1"],
  PH: ["AZURE/southeastasia", "GCP/asia-southeast1"],
  AU: ["AZURE/australiaeast", "AWS/ap-southeast-2", "GCP/australia-southeast1"],
  NZ: ["AZURE/newzealandnorth", "AZURE/australiaeast", "AWS/ap-southeast-2"],
  AE: ["AZURE/uaenorth", "AWS/me-central-1", "ORACLE/me-dubai-1"],
  SA: ["GCP/me-central2", "ORACLE/me-jeddah-1"],
  IL: ["AZURE/israelcentral", "AWS/il-central-1", "GCP/me-west1"],
  EG: ["AZURE/uaenorth", "AZURE/westeurope"],
  ZA: ["AZURE/southafricanorth", "AWS/af-south-1", "GCP/africa-south1"],
  NG: ["AZURE/southafricanorth", "AZURE/westeurope"],
  KE: ["AZURE/southafricanorth"],
  BR: ["AZURE/brazilsouth", "AWS/sa-east-1", "GCP/southamerica-east1", "ORACLE/sa-saopaulo-1"],
  MX: ["AZURE/mexicocentral", "AWS/mx-central-1", "GCP/northamerica-south1"],
  AR: ["AZURE/brazilsouth", "AWS/sa-east-1"],
  CL: ["GCP/southamerica-west1", "ORACLE/sa-santiago-1", "AZURE/chilecentral"],
  CO: ["ORACLE/sa-bogota-1", "AZURE/brazilsouth"],
  CN: [],
  RU: [],
};

/** Our own datacentres, by the country they serve. */
// prettier-ignore
export const ON_PREM_SITES: Record<string, string> = {
  US: "onprem-nyc", GB: "onprem-lon", DE: "onprem-fra", NL: "onprem-ams", PL: "onprem-war",
  CH: "onprem-zrh", JP: "onprem-tyo", SG: "onprem-sgp", IN: "onprem-bom", BR: "onprem-sao",
  AE: "onprem-dxb", CN: "onprem-sha", RU: "onprem-mow",
};

/** Models each cloud offers; a name listed twice is picked twice as often. */
// prettier-ignore
export const CLOUD_CATALOGUE: Record<string, string[]> = {
  AZURE: [
    "GPT-4", "GPT-4o", "GPT-4o", "GPT-4o", "GPT-4o mini", "GPT-4o mini", "GPT-4.1", "GPT-4.1", "o3",
    "text-embedding-3-large", "text-embedding-3-large", "Whisper large-v3", "Phi-3 Mini", "Phi-3 Medium", "Phi-4",
    "Llama 3.1 405B", "Llama 3.3 70B", "Llama 4 Maverick", "Mistral Large 2", "Mistral Small", "Codestral",
    "Command R+", "Command A", "Jamba 1.5 Large", "DeepSeek-R1", "Grok 3",
  ],
  AWS: [
    "Claude 3 Opus", "Claude 3 Sonnet", "Claude 3 Haiku", "Claude 3 Haiku", "Claude 3.5 Sonnet", "Claude 3.5 Sonnet",
    "Claude 3.5 Sonnet", "Claude Sonnet 4", "Claude Sonnet 4", "Claude Opus 4", "Nova Pro", "Nova Pro", "Nova Lite",
    "Titan Text Embeddings V2", "Titan Text Embeddings V2", "Llama 3.1 405B", "Llama 3.1 8B", "Llama 3.3 70B",
    "Llama 4 Maverick", "Mistral Large 2", "Command R+", "Embed Multilingual v3", "Jamba 1.5 Large", "Jamba 1.5 Mini",
  ],
  GCP: [
    "Gemini 1.0 Ultra", "Gemini 1.5 Pro", "Gemini 1.5 Pro", "Gemini 2.5 Pro", "Gemini 2.5 Pro", "Gemini 2.5 Flash",
    "Gemini 2.5 Flash", "Gemma 2 27B", "Gemma 3 27B", "text-embedding-004", "text-embedding-004", "Imagen 3",
    "Claude 3 Haiku", "Claude 3.5 Sonnet", "Claude Sonnet 4", "Claude Opus 4", "Llama 3.1 405B", "Llama 3.3 70B",
    "Mistral Large 2", "Codestral",
  ],
  ORACLE: [
    "Command R+", "Command R+", "Command R+", "Command A", "Command A", "Embed Multilingual v3", "Llama 3.3 70B",
    "Llama 3.3 70B", "Llama 3.1 405B", "Llama 4 Maverick", "Grok 3",
  ],
  ON_PREM: [
    "Llama 3.1 8B", "Llama 3.3 70B", "Llama 3.3 70B", "Llama 3.1 405B", "Gemma 2 27B", "Gemma 3 27B", "Phi-3 Mini",
    "Phi-4", "Mixtral 8x22B", "Mistral Small", "Codestral", "Falcon 180B", "Pharia-1-LLM-7B", "Whisper large-v3",
    "Jamba 1.5 Mini",
  ],
};

/** Open-weight models our subsidiaries in CN and RU run on their own hardware. */
// prettier-ignore
export const LOCAL_SUBSIDIARY_MODELS = [
  "Qwen2.5-72B", "Qwen3-235B-A22B", "DeepSeek-V3", "DeepSeek-R1", "Llama 3.3 70B", "Llama 3.1 8B",
];

/**
 * Vendors' own APIs: the hosting location we contracted and the countries allowed to use it
 * (null = any country except CN and RU).
 */
// prettier-ignore
export const VENDOR_APIS: { region: string; models: string[]; servedIn: string[] | null }[] = [
  { region: "vendor-us", models: ["GPT-4o", "GPT-4.1", "o3", "GPT-4o mini", "text-embedding-3-large"], servedIn: null },
  { region: "vendor-us", models: ["Claude Sonnet 4", "Claude Opus 4", "Claude 3.5 Sonnet", "Claude 3 Haiku"], servedIn: null },
  { region: "vendor-us", models: ["Gemini 2.5 Pro", "Gemini 2.5 Flash", "Imagen 3"], servedIn: null },
  { region: "vendor-us", models: ["Grok 2", "Grok 3"], servedIn: ["US"] },
  { region: "vendor-us", models: ["Jamba 1.5 Large"], servedIn: ["US", "IL"] },
  { region: "vendor-ca", models: ["Command A", "Command R+", "Embed Multilingual v3"], servedIn: ["CA", "US", "GB"] },
  {
    region: "vendor-fr",
    models: ["Mistral Large 2", "Mistral Medium 3", "Mistral Small", "Codestral"],
    servedIn: ["FR", "DE", "IT", "ES", "NL", "PL", "SE", "IE", "PT", "RO", "CZ", "HU", "GR", "CH", "NO"],
  },
  { region: "vendor-de", models: ["Pharia-1-LLM-7B"], servedIn: ["DE", "CH"] },
  { region: "vendor-kr", models: ["HyperCLOVA X"], servedIn: ["KR"] },
  { region: "vendor-sg", models: ["Qwen-Max"], servedIn: ["SG", "MY", "ID", "TH", "VN", "PH"] },
];
