import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "@/lib/csv/parse-csv";
import { IMPORT_COLUMNS, templateCsv } from "@/lib/import/columns";
import { modelKey, type ImportContext } from "./import-types";
import { validateRows } from "./validate-rows";

const ctx: ImportContext = {
  countries: new Set(["US", "DE", "SE", "FR", "GB"]),
  vendorIds: new Map([
    ["OpenAI", "v-openai"],
    ["Mistral AI", "v-mistral"],
  ]),
  modelIds: new Map([
    [modelKey("OpenAI", "GPT-4o"), "m-gpt4o"],
    [modelKey("Mistral AI", "Mistral Large"), "m-large"],
  ]),
  existing: new Map(),
};

const deploymentHeaders = IMPORT_COLUMNS.deployments.map((c) => c.header);
const deployment = (cells: Record<string, string>) => {
  const base = Object.fromEntries(IMPORT_COLUMNS.deployments.map((c) => [c.header, c.example]));
  return deploymentHeaders.map((h) => cells[h] ?? base[h]);
};
const validateDeployments = (rows: string[][], context = ctx) =>
  validateRows("deployments", parseCsv(toCsv(deploymentHeaders, rows)), context);

describe("deployment rows", () => {
  it("resolves vendor + model names to the model's id", () => {
    const result = validateDeployments([
      deployment({ fallback_vendor: "Mistral AI", fallback_model: "Mistral Large" }),
    ]);
    expect(result.rows[0]).toMatchObject({
      action: "create",
      key: "DEP-9001",
      values: { modelId: "m-gpt4o", fallbackModelId: "m-large", jurisdictionCode: "DE" },
    });
  });

  it("puts each error on the cell it concerns", () => {
    const result = validateDeployments([
      deployment({
        vendor: "OpenAI",
        model: "GPT-9",
        country: "ZZ",
        cloud_region: "moon-1",
        users: "lots",
        data_sensitivity: "7",
        go_live_date: "2026-13-01",
      }),
    ]);
    expect(result.rows[0].action).toBe("invalid");
    expect(result.rows[0].errors).toEqual({
      model: 'OpenAI has no model "GPT-9".',
      country: 'Unknown country "ZZ": use an ISO 3166-1 alpha-2 code, e.g. DE.',
      cloud_region: 'Microsoft Azure has no region "moon-1".',
      users: "Enter the number of users.",
      data_sensitivity: "Enter data sensitivity from 1 to 5.",
      go_live_date: "This date does not exist.",
    });
  });

  it("reports an unknown vendor on the vendor cell, not the model cell", () => {
    const result = validateDeployments([deployment({ vendor: "Nobody" })]);
    expect(result.rows[0].errors).toEqual({
      vendor: 'Unknown vendor "Nobody": add the vendor first.',
    });
  });

  it("reports a ref repeated inside the file on the later row", () => {
    const result = validateDeployments([deployment({}), deployment({ ref: "dep-9001" })]);
    expect(result.rows[0].action).toBe("create");
    expect(result.rows[1].errors.ref).toBe(
      "Duplicate of row 2: each deployment may appear once per file.",
    );
  });

  it("asks for both fallback cells or neither", () => {
    const result = validateDeployments([deployment({ fallback_vendor: "OpenAI" })]);
    expect(result.rows[0].errors).toEqual({
      fallback_model: "Give both the fallback vendor and the fallback model, or neither.",
    });
  });

  it("tells unchanged rows from updates by comparing stored values", () => {
    const first = validateDeployments([deployment({})]).rows[0];
    const existing = new Map([
      ["DEP-9001", { id: "d1", version: 3, values: { ...first.values! } }],
    ]);
    const same = validateDeployments([deployment({})], { ...ctx, existing });
    expect(same.rows[0]).toMatchObject({ action: "unchanged", changed: [] });
    const moved = validateDeployments([deployment({ users: "1300" })], { ...ctx, existing });
    expect(moved.rows[0]).toMatchObject({ action: "update", changed: ["users"] });
  });
});

describe("vendor and model rows", () => {
  it("accepts the downloaded template as it is", () => {
    for (const entity of ["vendors", "models", "deployments"] as const) {
      const result = validateRows(entity, parseCsv(templateCsv(entity)), ctx);
      expect(result.fileErrors).toEqual([]);
      expect(result.rows[0].errors).toEqual({});
    }
  });

  it("checks the vendor's country and status", () => {
    const result = validateRows(
      "vendors",
      parseCsv("name,status,hq_country\nAcme,MAYBE,XX\n"),
      ctx,
    );
    expect(result.rows[0].errors).toEqual({
      status: "Choose a status.",
      hq_country: 'Unknown country "XX": use an ISO 3166-1 alpha-2 code, e.g. DE.',
    });
  });

  it("only compares the columns the file has, so left-out columns keep their values", () => {
    const existing = new Map([
      [
        "Acme",
        {
          id: "v1",
          version: 1,
          values: {
            name: "Acme",
            hqCode: "US",
            website: null,
            status: "ACTIVE",
            owner: "Ops",
            notes: "",
          },
        },
      ],
    ]);
    const result = validateRows("vendors", parseCsv("name,status\nAcme,ACTIVE\n"), {
      ...ctx,
      existing,
    });
    expect(result.rows[0].action).toBe("unchanged");
  });

  it("names missing and unknown columns", () => {
    const result = validateRows("models", parseCsv("vendor,name,colour\nOpenAI,X,red\n"), ctx);
    expect(result.fileErrors).toEqual([
      "Missing column: capability_class.",
      "Unknown column: colour. Download the template for the expected columns.",
    ]);
  });
});
