/**
 * Real models in the demo inventory, pinned to one version each: the release date is that
 * snapshot's, not the family's. Training compute is a third-party estimate (Epoch AI, via
 * secondary copies) or derived as 6 × parameters × tokens from published figures; where it is
 * undisclosed, BOUNDS may record that it is known to be below a value (so a small model is not
 * taken for a frontier one), and with nothing known the policy engine assumes the worst case.
 * Weights are OPEN when published, whatever their licence; LICENCES records the licence apart.
 */
import type { CapabilityClass, ModelLicence, Weights } from "../../lib/domain/types";
import type { SeedModel } from "./types";

const EPOCH =
  "Epoch AI estimate, read from a secondary copy (not checked against Epoch's database)";
const derived = (how: string) =>
  `Our estimate: 6·N·D from published figures (${how}); not a figure the vendor published`;
const UNDISCLOSED = "Undisclosed by the vendor — treated as unknown";
const ECCN_REQUESTED = "No ECCN stated by vendor — classification request open";

const belowFromParameters = (params: string, tokens: string) =>
  `Undisclosed; known to be below the bound: ${params}, so 6·N·D stays under it unless trained on more than ${tokens} tokens (our bound, not the vendor's)`;
const EMBEDDING_BOUND =
  "Undisclosed; an embedding model, far smaller than the frontier chat models (our bound, not the vendor's)";

/** "Known to be below" (and, where known, "at least") bounds for undisclosed training compute. */
const BOUNDS: Record<string, { max: number; min?: number; source: string }> = {
  "text-embedding-3-large": { max: 1e25, source: EMBEDDING_BOUND },
  "text-embedding-004": { max: 1e25, source: EMBEDDING_BOUND },
  "Titan Text Embeddings V2": { max: 1e25, source: EMBEDDING_BOUND },
  "Embed Multilingual v3": { max: 1e25, source: EMBEDDING_BOUND },
  "Claude 3 Haiku": {
    max: 1e26,
    source:
      "Undisclosed; the smallest Claude 3 model, below Claude 3 Opus (Epoch AI estimate 1.6e25) (our bound, not Anthropic's)",
  },
  "Claude 3 Sonnet": {
    max: 1e26,
    source:
      "Undisclosed; a smaller Claude 3 model than Claude 3 Opus (Epoch AI estimate 1.6e25) (our bound, not Anthropic's)",
  },
  "Luminous Supreme": { max: 1e25, source: belowFromParameters("70B parameters", "23T") },
  "Pharia-1-LLM-7B": { max: 1e25, source: belowFromParameters("7B parameters", "238T") },
  "Mistral Large 2": { max: 1e26, source: belowFromParameters("123B parameters", "135T") },
  "Mixtral 8x22B": { max: 1e26, source: belowFromParameters("39B active parameters", "427T") },
  "Mistral Small": { max: 1e25, source: belowFromParameters("24B parameters", "69T") },
  "Jamba 1.5 Large": { max: 1e26, source: belowFromParameters("94B active parameters", "177T") },
  "Jamba 1.5 Mini": { max: 1e25, source: belowFromParameters("12B active parameters", "138T") },
};

/** Licences of published weights (unpublished weights are PROPRIETARY). */
const LICENCES: Record<string, [ModelLicence, string]> = {
  "Whisper large-v3": ["OPEN", "MIT"],
  "Gemma 2 27B": ["CUSTOM_RESTRICTIONS", "Gemma Terms of Use"],
  "Gemma 3 27B": ["CUSTOM_RESTRICTIONS", "Gemma Terms of Use"],
  "Llama 3.1 405B": [
    "CUSTOM_RESTRICTIONS",
    "Llama 3.1 Community License (licence needed above 700M monthly users)",
  ],
  "Llama 3.1 8B": [
    "CUSTOM_RESTRICTIONS",
    "Llama 3.1 Community License (licence needed above 700M monthly users)",
  ],
  "Llama 3.3 70B": [
    "CUSTOM_RESTRICTIONS",
    "Llama 3.3 Community License (licence needed above 700M monthly users)",
  ],
  "Llama 4 Maverick": [
    "CUSTOM_RESTRICTIONS",
    "Llama 4 Community License (700M monthly users; multimodal use excludes EU-domiciled licensees)",
  ],
  "Phi-3 Mini": ["OPEN", "MIT"],
  "Phi-3 Medium": ["OPEN", "MIT"],
  "Phi-4": ["OPEN", "MIT"],
  "Mistral Large 2": [
    "OPEN_NON_COMMERCIAL",
    "Mistral Research License (commercial use needs a Mistral licence)",
  ],
  "Mixtral 8x22B": ["OPEN", "Apache-2.0"],
  "Mistral Small": ["OPEN", "Apache-2.0"],
  "Pharia-1-LLM-7B": [
    "OPEN_NON_COMMERCIAL",
    "Open Aleph License (non-commercial research and education)",
  ],
  "Command R+": [
    "OPEN_NON_COMMERCIAL",
    "CC-BY-NC 4.0 and Cohere's acceptable use policy (research weights)",
  ],
  "Command A": [
    "OPEN_NON_COMMERCIAL",
    "CC-BY-NC 4.0 and Cohere's acceptable use policy (research weights)",
  ],
  "Jamba 1.5 Large": ["CUSTOM_RESTRICTIONS", "Jamba Open Model License"],
  "Jamba 1.5 Mini": ["CUSTOM_RESTRICTIONS", "Jamba Open Model License"],
  "Qwen2.5-72B": ["CUSTOM_RESTRICTIONS", "Qwen License (licence needed above 100M monthly users)"],
  "Qwen3-235B-A22B": ["OPEN", "Apache-2.0"],
  "DeepSeek-V3": ["OPEN", "MIT"],
  "DeepSeek-R1": ["OPEN", "MIT"],
  "Falcon 180B": ["CUSTOM_RESTRICTIONS", "Falcon-180B TII License (hosting use restricted)"],
  "Grok 2": [
    "CUSTOM_RESTRICTIONS",
    "Grok 2 Community License (no use to train other foundation models). xAI published Grok 2's weights on 23 Aug 2025 (huggingface.co/xai-org/grok-2; announced as 'Grok 2.5'); xAI does not say they are the grok-2-1212 API snapshot",
  ],
};

type Row = [
  vendor: string,
  name: string,
  modelVersion: string,
  originCode: string | null,
  weights: Weights | null,
  trainingComputeFlop: number | null,
  capabilityClass: CapabilityClass,
  modality: SeedModel["modality"],
  releaseDate: string | null,
  computeSource: string | null,
  exportClassification?: string,
];

// prettier-ignore
const ROWS: Row[] = [
  ["OpenAI", "GPT-4", "gpt-4-0613", "US", "CLOSED", 2.1e25, "FRONTIER", "TEXT", "2023-06-13", EPOCH, ECCN_REQUESTED],
  ["OpenAI", "GPT-4o", "gpt-4o-2024-08-06", "US", "CLOSED", 3.8e25, "FRONTIER", "MULTIMODAL", "2024-08-06", EPOCH, ECCN_REQUESTED],
  ["OpenAI", "GPT-4o mini", "gpt-4o-mini-2024-07-18", "US", "CLOSED", 7.4e24, "GENERAL", "MULTIMODAL", "2024-07-18", EPOCH],
  ["OpenAI", "GPT-4.1", "gpt-4.1-2025-04-14", "US", "CLOSED", null, "FRONTIER", "MULTIMODAL", "2025-04-14", UNDISCLOSED, ECCN_REQUESTED],
  ["OpenAI", "o3", "o3-2025-04-16", "US", "CLOSED", null, "FRONTIER", "MULTIMODAL", "2025-04-16", UNDISCLOSED, ECCN_REQUESTED],
  ["OpenAI", "text-embedding-3-large", "text-embedding-3-large", "US", "CLOSED", null, "NARROW", "EMBEDDING", "2024-01-25", UNDISCLOSED],
  ["OpenAI", "Whisper large-v3", "large-v3", "US", "OPEN", null, "NARROW", "AUDIO", "2023-11-06", UNDISCLOSED],

  ["Anthropic", "Claude 3 Opus", "claude-3-opus-20240229", "US", "CLOSED", 1.6e25, "FRONTIER", "MULTIMODAL", "2024-03-04", EPOCH, ECCN_REQUESTED],
  ["Anthropic", "Claude 3 Sonnet", "claude-3-sonnet-20240229", "US", "CLOSED", null, "GENERAL", "MULTIMODAL", "2024-03-04", UNDISCLOSED],
  ["Anthropic", "Claude 3 Haiku", "claude-3-haiku-20240307", "US", "CLOSED", null, "GENERAL", "MULTIMODAL", "2024-03-13", UNDISCLOSED],
  ["Anthropic", "Claude 3.5 Sonnet", "claude-3-5-sonnet-20240620", "US", "CLOSED", 5.0e25, "FRONTIER", "MULTIMODAL", "2024-06-20", EPOCH, ECCN_REQUESTED],
  ["Anthropic", "Claude Sonnet 4", "claude-sonnet-4-20250514", "US", "CLOSED", null, "FRONTIER", "MULTIMODAL", "2025-05-22", UNDISCLOSED, ECCN_REQUESTED],
  ["Anthropic", "Claude Opus 4", "claude-opus-4-20250514", "US", "CLOSED", null, "FRONTIER", "MULTIMODAL", "2025-05-22", UNDISCLOSED, ECCN_REQUESTED],

  ["Google", "Gemini 1.0 Ultra", "gemini-1.0-ultra", "US", "CLOSED", 5.0e25, "FRONTIER", "MULTIMODAL", "2023-12-06", EPOCH],
  ["Google", "Gemini 1.5 Pro", "gemini-1.5-pro-002", "US", "CLOSED", 1.6e25, "FRONTIER", "MULTIMODAL", "2024-09-24", EPOCH],
  ["Google", "Gemini 2.5 Pro", "gemini-2.5-pro", "US", "CLOSED", null, "FRONTIER", "MULTIMODAL", "2025-06-17", UNDISCLOSED, ECCN_REQUESTED],
  ["Google", "Gemini 2.5 Flash", "gemini-2.5-flash", "US", "CLOSED", null, "GENERAL", "MULTIMODAL", "2025-06-17", UNDISCLOSED],
  ["Google", "Gemma 2 27B", "gemma-2-27b-it", "US", "OPEN", 2.1e24, "GENERAL", "TEXT", "2024-06-27", derived("27B parameters × 13T tokens")],
  ["Google", "Gemma 3 27B", "gemma-3-27b-it", "US", "OPEN", 2.3e24, "GENERAL", "MULTIMODAL", "2025-03-12", derived("27B parameters × 14T tokens")],
  ["Google", "text-embedding-004", "text-embedding-004", "US", "CLOSED", null, "NARROW", "EMBEDDING", "2024-05-14", UNDISCLOSED],
  ["Google", "Imagen 3", "imagen-3.0-generate-002", "US", "CLOSED", null, "GENERAL", "IMAGE", "2024-08-15", UNDISCLOSED],

  ["Meta", "Llama 3.1 405B", "Llama-3.1-405B-Instruct", "US", "OPEN", 3.8e25, "FRONTIER", "TEXT", "2024-07-23", EPOCH],
  ["Meta", "Llama 3.1 8B", "Llama-3.1-8B-Instruct", "US", "OPEN", 7.2e23, "NARROW", "TEXT", "2024-07-23", derived("8B parameters × 15T tokens")],
  ["Meta", "Llama 3.3 70B", "Llama-3.3-70B-Instruct", "US", "OPEN", 6.9e24, "GENERAL", "TEXT", "2024-12-06", EPOCH],
  ["Meta", "Llama 4 Maverick", "Llama-4-Maverick-17B-128E-Instruct", "US", "OPEN", 2.2e24, "GENERAL", "MULTIMODAL", "2025-04-05", derived("17B active parameters × ~22T tokens")],

  ["Microsoft", "Phi-3 Mini", "Phi-3-mini-4k-instruct", "US", "OPEN", 7.5e22, "NARROW", "TEXT", "2024-04-23", derived("3.8B parameters × 3.3T tokens")],
  ["Microsoft", "Phi-3 Medium", "Phi-3-medium-4k-instruct", "US", "OPEN", 4.0e23, "NARROW", "TEXT", "2024-05-21", derived("14B parameters × 4.8T tokens")],
  ["Microsoft", "Phi-4", "phi-4", "US", "OPEN", 8.2e23, "NARROW", "TEXT", "2024-12-12", derived("14B parameters × 9.8T tokens")],

  ["Amazon", "Nova Pro", "amazon.nova-pro-v1:0", "US", "CLOSED", 6.0e24, "GENERAL", "MULTIMODAL", "2024-12-03", EPOCH],
  ["Amazon", "Nova Lite", "amazon.nova-lite-v1:0", "US", "CLOSED", null, "GENERAL", "MULTIMODAL", "2024-12-03", UNDISCLOSED],
  ["Amazon", "Titan Text Embeddings V2", "amazon.titan-embed-text-v2:0", "US", "CLOSED", null, "NARROW", "EMBEDDING", "2024-04-30", UNDISCLOSED],

  ["xAI", "Grok 2", "grok-2-1212", "US", "OPEN", null, "FRONTIER", "MULTIMODAL", "2024-12-12", UNDISCLOSED],
  ["xAI", "Grok 3", "grok-3", "US", "CLOSED", null, "FRONTIER", "TEXT", "2025-02-17", "Undisclosed by xAI; public guesses 3–6e26 FLOP — treated as unknown", ECCN_REQUESTED],

  ["Mistral AI", "Mistral Large 2", "mistral-large-2407", "FR", "OPEN", null, "GENERAL", "TEXT", "2024-07-24", "Undisclosed (123B parameters; token count unpublished)"],
  ["Mistral AI", "Mixtral 8x22B", "open-mixtral-8x22b", "FR", "OPEN", null, "GENERAL", "TEXT", "2024-04-17", "Undisclosed (39B active parameters; token count unpublished)"],
  ["Mistral AI", "Mistral Small", "mistral-small-2501", "FR", "OPEN", null, "GENERAL", "TEXT", "2025-01-30", UNDISCLOSED],
  ["Mistral AI", "Mistral Medium 3", "mistral-medium-2505", "FR", "CLOSED", null, "GENERAL", "MULTIMODAL", "2025-05-07", UNDISCLOSED],
  ["Mistral AI", "Codestral", "codestral-2501", "FR", "CLOSED", null, "NARROW", "CODE", "2025-01-13", UNDISCLOSED],

  ["Aleph Alpha", "Luminous Supreme", "luminous-supreme-control", "DE", "CLOSED", null, "GENERAL", "TEXT", "2022-08-15", UNDISCLOSED],
  ["Aleph Alpha", "Pharia-1-LLM-7B", "Pharia-1-LLM-7B-control", "DE", "OPEN", null, "NARROW", "TEXT", "2024-08-26", UNDISCLOSED],

  ["Cohere", "Command R+", "command-r-plus-08-2024", "CA", "OPEN", null, "GENERAL", "TEXT", "2024-08-30", UNDISCLOSED],
  ["Cohere", "Command A", "command-a-03-2025", "CA", "OPEN", null, "GENERAL", "TEXT", "2025-03-13", UNDISCLOSED],
  ["Cohere", "Embed Multilingual v3", "embed-multilingual-v3.0", "CA", "CLOSED", null, "NARROW", "EMBEDDING", "2023-11-02", UNDISCLOSED],

  ["AI21 Labs", "Jamba 1.5 Large", "jamba-1.5-large", "IL", "OPEN", null, "GENERAL", "TEXT", "2024-08-22", UNDISCLOSED],
  ["AI21 Labs", "Jamba 1.5 Mini", "jamba-1.5-mini", "IL", "OPEN", null, "NARROW", "TEXT", "2024-08-22", UNDISCLOSED],

  ["Alibaba", "Qwen2.5-72B", "Qwen2.5-72B-Instruct", "CN", "OPEN", 7.9e24, "GENERAL", "TEXT", "2024-09-19", derived("72.7B parameters × 18T tokens")],
  ["Alibaba", "Qwen3-235B-A22B", "Qwen3-235B-A22B", "CN", "OPEN", 4.8e24, "GENERAL", "TEXT", "2025-04-29", derived("22B active parameters × 36T tokens")],
  ["Alibaba", "Qwen-Max", "qwen-max-2025-01-25", "CN", "CLOSED", null, "FRONTIER", "TEXT", "2025-01-28", UNDISCLOSED],

  ["DeepSeek", "DeepSeek-V3", "DeepSeek-V3-0324", "CN", "OPEN", 3.3e24, "FRONTIER", "TEXT", "2025-03-24", derived("37B active parameters × 14.8T tokens")],
  ["DeepSeek", "DeepSeek-R1", "DeepSeek-R1-0528", "CN", "OPEN", null, "FRONTIER", "TEXT", "2025-05-28", "Undisclosed (V3 base plus reinforcement learning of unpublished size)"],

  ["TII", "Falcon 180B", "falcon-180B-chat", "AE", "OPEN", 3.8e24, "GENERAL", "TEXT", "2023-09-06", derived("180B parameters × 3.5T tokens")],

  ["Naver", "HyperCLOVA X", "HCX-003", "KR", "CLOSED", null, "GENERAL", "TEXT", "2023-08-24", UNDISCLOSED],
];

export const MODELS: SeedModel[] = ROWS.map(
  ([
    vendor,
    name,
    modelVersion,
    originCode,
    weights,
    flop,
    capabilityClass,
    modality,
    releaseDate,
    computeSource,
    eccn,
  ]): SeedModel => {
    const bound = BOUNDS[name];
    const [licence, licenceName]: [ModelLicence | null, string | null] =
      LICENCES[name] ?? (weights === "CLOSED" ? ["PROPRIETARY", null] : [null, null]);
    return {
      vendor,
      name,
      modelVersion,
      originCode,
      weights,
      trainingComputeFlop: flop,
      trainingComputeMinFlop: bound?.min ?? null,
      trainingComputeMaxFlop: bound?.max ?? null,
      licence,
      licenceName,
      capabilityClass,
      modality,
      releaseDate,
      exportClassification: eccn ?? null,
      computeSource: bound?.source ?? computeSource,
    };
  },
);
