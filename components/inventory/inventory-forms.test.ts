import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { problemsInOrder, type FormSpec } from "@/components/forms/form-spec";
import { contractForm } from "./contract-fields";
import { deploymentForm } from "./deployment-fields";
import { modelForm } from "./model-fields";
import { vendorForm } from "./vendor-fields";

/**
 * Each inventory form submitted as a new user first sees it (nothing entered), through the same
 * resolver and summary order the browser uses: every problem sits on a field the form shows, in
 * page order (the first is where focus goes), with the message written for that field.
 */
const countries = [
  { code: "DE", name: "Germany" },
  { code: "JP", name: "Japan" },
];
const vendors = [{ id: "v1", name: "Nordlicht" }];
const models = [{ id: "m1", name: "Nordlicht One" }];

const RAW =
  /too small|too big|expected|invalid input|invalid option|received|>=|<=|undefined|null|""/i;

async function submitEmpty<TIn extends FieldValues, TOut, Ctx>(
  spec: FormSpec<TIn, TOut, Ctx>,
  ctx: Ctx,
  change: Partial<TIn> = {},
) {
  const values = { ...spec.empty(ctx), ...change };
  const { errors } = await zodResolver(spec.schema)(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  const fields = spec.fields(ctx, values);
  const problems = problemsInOrder(fields, errors);
  const shown = new Set<string>(fields.map((f) => f.name));
  for (const { name, message } of problems) {
    expect(shown.has(name), `${name} is on the form`).toBe(true);
    expect(message, name).not.toMatch(RAW);
  }
  return problems.map((p) => [p.label, p.message]);
}

describe("inventory forms submitted empty", () => {
  it("vendor: asks for the name", async () => {
    expect(await submitEmpty(vendorForm, { countries })).toEqual([
      ["Name", "Enter the vendor's name."],
    ]);
  });

  it("model: asks for the vendor and the name", async () => {
    expect(await submitEmpty(modelForm, { vendors, countries })).toEqual([
      ["Vendor", "Choose the vendor."],
      ["Name", "Enter the model's name."],
    ]);
  });

  it("deployment: the reference first, then each pick and text in page order", async () => {
    expect(await submitEmpty(deploymentForm, { models, countries })).toEqual([
      ["Reference", "Enter the deployment's reference, e.g. DEP-0042."],
      ["Model", "Choose the model it runs."],
      ["Country served", "Choose the country it serves."],
      ["Cloud region", "Choose a region."],
      ["Business unit", "Enter the business unit."],
      ["Use case", "Enter the use case."],
    ]);
  });

  it("deployment: a bad licence code is shown on the licences field, not lost on an item", async () => {
    const problems = await submitEmpty(
      deploymentForm,
      { models, countries, defaultModelId: "m1" },
      { licensedCodes: "CN, Russia" },
    );
    expect(problems).toContainEqual([
      "Licences held",
      "Use a two-letter ISO country code, e.g. JP.",
    ]);
  });

  it("contract: asks for the counterparty, the title and the start date", async () => {
    expect(await submitEmpty(contractForm, { vendors, countries, models })).toEqual([
      ["Vendor", "Choose the counterparty."],
      ["Title", "Enter the contract's title."],
      ["Effective from", "Enter the date the contract takes effect."],
    ]);
  });

  it("contract: a model licence with no models names the covered-models field", async () => {
    const problems = await submitEmpty(
      contractForm,
      { vendors, countries, models, defaultVendorId: "v1" },
      { title: "Licence", effectiveDate: "2026-01-01", coverage: "LISTED_MODELS" },
    );
    expect(problems).toEqual([["Covered models", "Choose the models the contract covers."]]);
  });
});
