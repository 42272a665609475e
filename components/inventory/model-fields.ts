import type { z } from "zod";
import { defineForm } from "@/components/forms/form-spec";
import { CAPABILITY_CLASSES, MODEL_LICENCES, WEIGHTS } from "@/lib/domain/types";
import { MODEL_LICENCE_LABELS, WEIGHTS_LABELS } from "@/lib/reference/reference-status";
import { MODALITIES, modelFieldsSchema } from "@/lib/validation/inventory";
import {
  countryOptions,
  namedOptions,
  titledOptions,
  type Country,
  type Named,
} from "./field-options";

const UNKNOWN = "Unknown (assume the worst)";

export const modelForm = defineForm<
  z.input<typeof modelFieldsSchema>,
  z.output<typeof modelFieldsSchema>,
  { vendors: Named[]; countries: Country[]; defaultVendorId?: string }
>({
  schema: modelFieldsSchema,
  noun: "model",
  path: "/models",
  titleOf: (m) => m.name,
  empty: ({ defaultVendorId }) => ({
    vendorId: defaultVendorId ?? "",
    name: "",
    modelVersion: "",
    originCode: "",
    weights: null,
    trainingComputeFlop: "",
    trainingComputeMinFlop: "",
    trainingComputeMaxFlop: "",
    computeSource: "",
    licence: null,
    licenceName: "",
    capabilityClass: "GENERAL",
    modality: "TEXT",
    releaseDate: "",
    exportClassification: "",
  }),
  fields: ({ vendors, countries }) => [
    {
      name: "vendorId",
      label: "Vendor",
      kind: "select",
      empty: "Choose a vendor",
      options: namedOptions(vendors),
    },
    { name: "name", label: "Name" },
    { name: "modelVersion", label: "Version" },
    {
      name: "originCode",
      label: "Country of origin",
      kind: "select",
      empty: UNKNOWN,
      options: countryOptions(countries),
    },
    {
      name: "weights",
      label: "Weights",
      kind: "select",
      empty: UNKNOWN,
      options: WEIGHTS.map((w) => ({ value: w, label: WEIGHTS_LABELS[w] })),
    },
    {
      name: "licence",
      label: "Licence",
      kind: "select",
      empty: "Not recorded",
      options: MODEL_LICENCES.map((l) => ({ value: l, label: MODEL_LICENCE_LABELS[l] })),
    },
    {
      name: "licenceName",
      label: "Licence title",
      placeholder: "e.g. Apache-2.0, Llama 3.1 Community License",
    },
    {
      name: "trainingComputeFlop",
      label: "Training compute (FLOP)",
      placeholder: "e.g. 2e25",
      help: "Leave empty when unknown",
    },
    {
      name: "trainingComputeMinFlop",
      label: "At least (FLOP)",
      placeholder: "e.g. 3e26",
      help: "Lower end of the range, if known",
    },
    {
      name: "trainingComputeMaxFlop",
      label: "Known to be below (FLOP)",
      placeholder: "e.g. 1e25",
      help: "Upper end, or a bound that rules a small model out; with nothing known the worst case is assumed",
    },
    { name: "computeSource", label: "Source of the compute estimate" },
    {
      name: "capabilityClass",
      label: "Capability class",
      kind: "select",
      options: titledOptions(CAPABILITY_CLASSES),
    },
    {
      name: "modality",
      label: "Modality",
      kind: "select",
      options: titledOptions(MODALITIES),
    },
    { name: "releaseDate", label: "Release date", kind: "date" },
    { name: "exportClassification", label: "Export classification", placeholder: "e.g. 4E091" },
  ],
});
