import { describe, expect, it } from "vitest";
import { MODEL_SERVICES, catalogueService } from "./model-offerings";

describe("catalogue of model services", () => {
  it("every service has a source and the date it was checked", () => {
    for (const s of MODEL_SERVICES) {
      expect(s.sourceUrls.length).toBeGreaterThan(0);
      for (const url of s.sourceUrls) expect(url).toMatch(/^https:\/\//);
      expect(s.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("matches vendor names loosely and keeps to the families a service offers", () => {
    expect(catalogueService("AWS", "Anthropic", "Claude Sonnet 4")?.service).toBe("Amazon Bedrock");
    expect(catalogueService("AWS", "mistral", "Mistral Large 2")).not.toBeNull();
    // Bedrock and Vertex AI offer OpenAI's open-weight gpt-oss only; Azure offers all of OpenAI.
    expect(catalogueService("AWS", "OpenAI", "GPT-4o")).toBeNull();
    expect(catalogueService("AWS", "OpenAI", "gpt-oss-120b")).not.toBeNull();
    expect(catalogueService("GCP", "OpenAI", "GPT-4o")).toBeNull();
    expect(catalogueService("AZURE", "OpenAI", "GPT-4o")?.service).toBe("Azure AI Foundry");
    // Gemini is Google's own; no other cloud here sells it.
    expect(catalogueService("GCP", "Google", "Gemini 2.5 Pro")).not.toBeNull();
    expect(catalogueService("AZURE", "Google", "Gemini 2.5 Pro")).toBeNull();
    expect(catalogueService("AWS", "Google", "Gemini 2.5 Pro")).toBeNull();
    // Amazon's models come through Bedrock, not an API of Amazon's own.
    expect(catalogueService("VENDOR_API", "Amazon", "Nova Pro")).toBeNull();
    expect(catalogueService("VENDOR_API", "xAI", "Grok 3")).not.toBeNull();
    expect(catalogueService("ON_PREM", "Meta", "Llama 3.1 405B")).toBeNull();
  });
});
