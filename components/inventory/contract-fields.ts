import type { z } from "zod";
import { defineForm } from "@/components/forms/form-spec";
import { contractFieldsSchema } from "@/lib/validation/inventory";
import { countryOptions, namedOptions, type Country, type Named } from "./field-options";

const COVERAGE_OPTIONS = [
  {
    value: "ALL_SERVICES",
    label: "All the counterparty's services (its API and, for a cloud, its cloud)",
  },
  {
    value: "MODEL_SERVICE",
    label: "Only the counterparty's cloud model service (e.g. Azure OpenAI)",
  },
  { value: "LISTED_MODELS", label: "Listed models, on any channel (a model licence)" },
];

export const contractForm = defineForm<
  z.input<typeof contractFieldsSchema>,
  z.output<typeof contractFieldsSchema>,
  { vendors: Named[]; countries: Country[]; models: Named[]; defaultVendorId?: string }
>({
  schema: contractFieldsSchema,
  noun: "contract",
  path: "/contracts",
  titleOf: (c) => c.title,
  empty: ({ defaultVendorId }) => ({
    vendorId: defaultVendorId ?? "",
    title: "",
    effectiveDate: "",
    expiryDate: "",
    governingLawCode: "",
    coverage: "ALL_SERVICES",
    coveredModelIds: [],
  }),
  fields: ({ vendors, countries, models }, values) => [
    {
      name: "vendorId",
      label: "Vendor",
      kind: "select",
      empty: "Choose a vendor",
      options: namedOptions(vendors),
    },
    { name: "title", label: "Title" },
    { name: "effectiveDate", label: "Effective from", kind: "date" },
    { name: "expiryDate", label: "Expires on", kind: "date", help: "Leave empty for no end date" },
    {
      name: "governingLawCode",
      label: "Governing law",
      kind: "select",
      empty: "Not stated",
      options: countryOptions(countries),
    },
    {
      name: "coverage",
      label: "Covers",
      kind: "select",
      wide: true,
      help: "Deployments on the channel it covers earn its clauses' credit; others do not.",
      options: COVERAGE_OPTIONS,
    },
    ...(values.coverage === "LISTED_MODELS"
      ? [
          {
            name: "coveredModelIds" as const,
            label: "Covered models",
            kind: "multiselect",
            wide: true,
            placeholder: "Search models",
            options: namedOptions(models),
          },
        ]
      : []),
  ],
});
