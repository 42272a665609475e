/**
 * Which vendors' models each cloud's model service and each vendor's own API offer: reference data
 * with sources and the date it was checked, so an alternative is suggested only where the
 * deployment could actually get it. Vendor-level (with a family filter where a service offers only
 * some of a vendor's models, e.g. OpenAI's open-weight gpt-oss on Bedrock and Vertex AI). It is not
 * a per-region availability list: a service may offer a model in some regions only, so the
 * deployment page says where the offer comes from and the inventory complements it (a model we
 * already run on a provider is offered there, whatever this list says).
 */

export const OFFERINGS_CHECKED_ON = "2026-12-02";

export interface VendorOffering {
  /** The vendor as the inventory names it (matched loosely: case, spaces and punctuation ignored). */
  vendor: string;
  /** Other names the inventory may use for the same vendor. */
  aliases?: readonly string[];
  /** Only models whose name starts with one of these (same loose matching); left out = all. */
  families?: readonly string[];
}

export interface ModelService {
  /** Deployment.cloudProvider code, or "VENDOR_API" for the vendors' own APIs. */
  provider: string;
  /** Shown in the reason: "offered on Amazon Bedrock". */
  service: string;
  sourceUrls: readonly string[];
  checkedOn: string;
  offers: readonly VendorOffering[];
}

const MISTRAL = { vendor: "Mistral AI", aliases: ["Mistral"] };
const AI21 = { vendor: "AI21 Labs", aliases: ["AI21"] };
const ALIBABA_QWEN = { vendor: "Alibaba", aliases: ["Alibaba Cloud", "Qwen"], families: ["Qwen"] };
const OPENAI_OPEN_WEIGHTS = { vendor: "OpenAI", families: ["gpt-oss"] };

export const MODEL_SERVICES: readonly ModelService[] = [
  {
    provider: "AZURE",
    service: "Azure AI Foundry",
    sourceUrls: [
      "https://learn.microsoft.com/azure/ai-foundry/concepts/foundry-models-overview",
      "https://learn.microsoft.com/azure/ai-foundry/foundry-models/concepts/models-sold-directly-by-azure",
    ],
    checkedOn: OFFERINGS_CHECKED_ON,
    offers: [
      { vendor: "OpenAI" },
      { vendor: "Microsoft" },
      { vendor: "Meta", aliases: ["Meta AI"] },
      MISTRAL,
      { vendor: "Cohere" },
      AI21,
      { vendor: "DeepSeek" },
      { vendor: "xAI" },
      { vendor: "Anthropic" },
    ],
  },
  {
    provider: "AWS",
    service: "Amazon Bedrock",
    sourceUrls: ["https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html"],
    checkedOn: OFFERINGS_CHECKED_ON,
    offers: [
      { vendor: "Amazon", aliases: ["AWS", "Amazon Web Services"] },
      { vendor: "Anthropic" },
      { vendor: "Meta", aliases: ["Meta AI"] },
      MISTRAL,
      { vendor: "Cohere" },
      AI21,
      { vendor: "DeepSeek" },
      OPENAI_OPEN_WEIGHTS,
      ALIBABA_QWEN,
    ],
  },
  {
    provider: "GCP",
    service: "Google Cloud Vertex AI",
    sourceUrls: [
      "https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/use-claude",
      "https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/llama",
      "https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/mistral",
      "https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/ai21",
      "https://cloud.google.com/vertex-ai/generative-ai/docs/maas/deepseek",
    ],
    checkedOn: OFFERINGS_CHECKED_ON,
    offers: [
      { vendor: "Google" },
      { vendor: "Anthropic" },
      { vendor: "Meta", aliases: ["Meta AI"] },
      MISTRAL,
      AI21,
      { vendor: "DeepSeek" },
      OPENAI_OPEN_WEIGHTS,
      ALIBABA_QWEN,
    ],
  },
  {
    provider: "ORACLE",
    service: "OCI Generative AI",
    sourceUrls: ["https://docs.oracle.com/en-us/iaas/Content/generative-ai/pretrained-models.htm"],
    checkedOn: OFFERINGS_CHECKED_ON,
    offers: [{ vendor: "Cohere" }, { vendor: "Meta", aliases: ["Meta AI"] }, { vendor: "xAI" }],
  },
  {
    // Meta's Llama API was a limited preview when checked, so Meta is left out; Amazon's and
    // Microsoft's models come through their clouds (above), not an API of their own.
    provider: "VENDOR_API",
    service: "the vendor's own API",
    sourceUrls: [
      "https://platform.openai.com/docs/models",
      "https://docs.anthropic.com/en/docs/about-claude/models",
      "https://ai.google.dev/gemini-api/docs/models",
      "https://docs.mistral.ai/getting-started/models/",
      "https://docs.cohere.com/docs/models",
      "https://docs.ai21.com/docs/jamba-foundation-models",
      "https://docs.x.ai/docs/models",
      "https://api-docs.deepseek.com/quick_start/pricing",
      "https://www.alibabacloud.com/help/en/model-studio/models",
    ],
    checkedOn: OFFERINGS_CHECKED_ON,
    offers: [
      { vendor: "OpenAI" },
      { vendor: "Anthropic" },
      { vendor: "Google" },
      MISTRAL,
      { vendor: "Cohere" },
      AI21,
      { vendor: "xAI" },
      { vendor: "DeepSeek" },
      { vendor: "Alibaba", aliases: ["Alibaba Cloud"] },
    ],
  },
];

const loose = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * The service through which `provider` offers this vendor's model, per the catalogue; null when
 * the catalogue does not list it (which is not proof that it is unavailable).
 */
export function catalogueService(
  provider: string,
  vendorName: string,
  modelName: string,
): ModelService | null {
  const service = MODEL_SERVICES.find((s) => s.provider === provider);
  if (!service) return null;
  const vendor = loose(vendorName);
  const model = loose(modelName);
  const offered = service.offers.some(
    (o) =>
      [o.vendor, ...(o.aliases ?? [])].some((name) => loose(name) === vendor) &&
      (!o.families || o.families.some((f) => model.startsWith(loose(f)))),
  );
  return offered ? service : null;
}
