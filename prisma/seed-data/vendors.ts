/**
 * Model vendors in the demo inventory. Owners are fictitious internal accountable persons; notes
 * record what a vendor-risk team would want to remember about each relationship.
 */
import type { SeedVendor } from "./types";

export const VENDORS: SeedVendor[] = [
  {
    name: "OpenAI",
    hqCode: "US",
    website: "https://openai.com",
    status: "ACTIVE",
    owner: "Priya Raman — Head of AI Platform",
    notes:
      "Direct enterprise agreement plus indirect use through Azure OpenAI. Published supported-country list excludes CN and RU; access was blocked from unsupported regions in July 2024.",
  },
  {
    name: "Anthropic",
    hqCode: "US",
    website: "https://www.anthropic.com",
    status: "ACTIVE",
    owner: "Priya Raman — Head of AI Platform",
    notes:
      "Used directly and through AWS Bedrock and Vertex AI. Supported-regions list excludes CN and RU; since 4 Sep 2025 Anthropic also refuses companies more than 50% owned from unsupported regions, wherever they operate (anthropic.com/news/updating-restrictions-of-sales-to-unsupported-regions).",
  },
  {
    name: "Google",
    hqCode: "US",
    website: "https://cloud.google.com/vertex-ai",
    cloudProviderCode: "GCP",
    status: "ACTIVE",
    owner: "Tomás Herrera — Cloud Vendor Manager",
    notes:
      "Gemini via Vertex AI under the Google Cloud agreement; Gemma open-weight models run on our own GPUs. Vertex global endpoint gives no processing-location guarantee.",
  },
  {
    name: "Meta",
    hqCode: "US",
    website: "https://www.llama.com",
    status: "ACTIVE",
    owner: "Jonas Eriksson — ML Engineering Lead",
    notes:
      "No commercial relationship: Llama community licence only. Licence needs a separate agreement above 700M monthly users and excluded EU-domiciled licensees for the multimodal 3.2 and 4 models.",
  },
  {
    name: "Microsoft",
    hqCode: "US",
    website: "https://azure.microsoft.com",
    cloudProviderCode: "AZURE",
    status: "ACTIVE",
    owner: "Tomás Herrera — Cloud Vendor Manager",
    notes:
      "Azure OpenAI and Azure AI Foundry under the Microsoft Customer Agreement; Phi models (MIT licence) also self-hosted.",
  },
  {
    name: "Amazon",
    hqCode: "US",
    website: "https://aws.amazon.com/bedrock",
    cloudProviderCode: "AWS",
    status: "ACTIVE",
    owner: "Tomás Herrera — Cloud Vendor Manager",
    notes:
      "Bedrock under the AWS Customer Agreement. Cross-region inference profiles are enabled per account; check which profile each workload uses.",
  },
  {
    name: "xAI",
    hqCode: "US",
    website: "https://x.ai",
    status: "ACTIVE",
    owner: "Priya Raman — Head of AI Platform",
    notes:
      "Grok via the xAI API and Azure AI Foundry for evaluation and marketing copy. Training compute for Grok 3 is undisclosed.",
  },
  {
    name: "Mistral AI",
    hqCode: "FR",
    website: "https://mistral.ai",
    status: "ACTIVE",
    owner: "Claire Dubois — EU Procurement",
    notes:
      "Preferred EU-headquartered supplier for workloads that must stay in the EU. Mix of Apache-2.0, research-licence and API-only models.",
  },
  {
    name: "Aleph Alpha",
    hqCode: "DE",
    website: "https://aleph-alpha.com",
    status: "ACTIVE",
    owner: "Claire Dubois — EU Procurement",
    notes:
      "Sovereign-hosting option for German public-sector-facing work; Luminous on-premises, Pharia open-weight.",
  },
  {
    name: "Cohere",
    hqCode: "CA",
    website: "https://cohere.com",
    status: "ACTIVE",
    owner: "Tomás Herrera — Cloud Vendor Manager",
    notes:
      "Command and Embed models via Bedrock and OCI; research weights are published under a non-commercial licence only.",
  },
  {
    name: "AI21 Labs",
    hqCode: "IL",
    website: "https://www.ai21.com",
    status: "ACTIVE",
    owner: "Jonas Eriksson — ML Engineering Lead",
    notes: "Jamba models (open model licence) used for long-document summarisation.",
  },
  {
    name: "Alibaba",
    hqCode: "CN",
    website: "https://www.alibabacloud.com",
    status: "UNDER_REVIEW",
    owner: "Wei Zhang — APAC Technology Risk",
    notes:
      "Qwen open weights self-hosted; Model Studio (international, Singapore) API under review. Model Studio snapshot deprecation notice is only 30 days.",
  },
  {
    name: "DeepSeek",
    hqCode: "CN",
    website: "https://www.deepseek.com",
    status: "UNDER_REVIEW",
    owner: "Wei Zhang — APAC Technology Risk",
    notes:
      "Open weights (MIT) self-hosted only; the hosted API processes data in mainland China and is blocked pending a PIPL and security review.",
  },
  {
    name: "TII",
    hqCode: "AE",
    website: "https://www.tii.ae",
    status: "ACTIVE",
    owner: "Jonas Eriksson — ML Engineering Lead",
    notes:
      "Technology Innovation Institute (Abu Dhabi). Falcon open weights, self-hosted; no contract.",
  },
  {
    name: "Naver",
    hqCode: "KR",
    website: "https://www.navercorp.com",
    status: "ACTIVE",
    owner: "Min-jun Park — Korea IT Lead",
    notes: "HyperCLOVA X via Naver Cloud for Korean-language customer service.",
  },
];
