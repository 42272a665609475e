import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  contractFieldsSchema,
  deploymentFieldsSchema,
  modelFieldsSchema,
  vendorFieldsSchema,
} from "./inventory";

/**
 * Each inventory form submitted empty, as the browser sends it (every field an empty string):
 * every message is one written for its field, in the form's words — never zod's defaults
 * ("Too small: expected string to have >=1 characters", "Invalid input") or a code.
 */
const RAW =
  /too small|too big|expected|invalid input|invalid option|received|>=|<=|has no region ""/i;

function emptyMessages(schema: z.ZodType, fields: string[]) {
  const result = schema.safeParse(Object.fromEntries(fields.map((f) => [f, ""])));
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
}

describe("forms submitted empty", () => {
  it.each([
    ["vendor", vendorFieldsSchema, ["name", "hqCode", "website", "status", "owner", "notes"]],
    [
      "model",
      modelFieldsSchema,
      ["vendorId", "name", "modelVersion", "originCode", "capabilityClass", "modality"],
    ],
    [
      "deployment",
      deploymentFieldsSchema,
      [
        "ref",
        "modelId",
        "jurisdictionCode",
        "cloudProvider",
        "cloudRegion",
        "processingScope",
        "businessUnit",
        "useCase",
        "dataSensitivity",
        "businessCriticality",
        "users",
        "status",
      ],
    ],
    ["contract", contractFieldsSchema, ["vendorId", "title", "effectiveDate"]],
  ] as const)("the %s form says in words what each field needs", (_name, schema, fields) => {
    const messages = emptyMessages(schema, [...fields]);
    expect(messages.length).toBeGreaterThan(0);
    for (const { field, message } of messages) {
      expect(message, field).not.toMatch(RAW);
      expect(message, field).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("the deployment form names what to choose, field by field", () => {
    const byField = Object.fromEntries(
      emptyMessages(deploymentFieldsSchema, ["modelId", "jurisdictionCode", "cloudProvider"]).map(
        (m) => [m.field, m.message],
      ),
    );
    expect(byField.modelId).toBe("Choose the model it runs.");
    expect(byField.jurisdictionCode).toBe("Choose the country it serves.");
    expect(byField.cloudProvider).toBe("Choose where it runs.");
  });
});
