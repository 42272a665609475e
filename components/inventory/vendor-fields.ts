import type { z } from "zod";
import { defineForm } from "@/components/forms/form-spec";
import { CLOUD_PROVIDERS } from "@/lib/reference/cloud-regions";
import { VENDOR_STATUSES, vendorFieldsSchema } from "@/lib/validation/inventory";
import { countryOptions, titledOptions, type Country } from "./field-options";

export const vendorForm = defineForm<
  z.input<typeof vendorFieldsSchema>,
  z.output<typeof vendorFieldsSchema>,
  { countries: Country[] }
>({
  schema: vendorFieldsSchema,
  noun: "vendor",
  path: "/vendors",
  titleOf: (v) => v.name,
  empty: () => ({
    name: "",
    hqCode: "",
    website: "",
    status: "ACTIVE",
    owner: "",
    notes: "",
    cloudProviderCode: "",
  }),
  fields: ({ countries }) => [
    { name: "name", label: "Name" },
    {
      name: "hqCode",
      label: "Headquarters",
      kind: "select",
      empty: "Unknown",
      options: countryOptions(countries),
    },
    { name: "website", label: "Website", kind: "url", placeholder: "https://" },
    {
      name: "status",
      label: "Status",
      kind: "select",
      options: titledOptions(VENDOR_STATUSES),
    },
    {
      name: "cloudProviderCode",
      label: "Runs the cloud",
      kind: "select",
      empty: "None",
      help: "Deployments on this cloud are delivered by this vendor and covered by its contracts.",
      options: CLOUD_PROVIDERS.filter((p) => p.cloud).map((p) => ({ value: p.id, label: p.label })),
    },
    { name: "owner", label: "Relationship owner" },
    { name: "notes", label: "Notes", kind: "textarea", wide: true },
  ],
});
