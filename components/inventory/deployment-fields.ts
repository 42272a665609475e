import type { z } from "zod";
import { defineForm } from "@/components/forms/form-spec";
import { DEPLOYMENT_STATUSES, PROCESSING_SCOPES } from "@/lib/domain/types";
import {
  CLOUD_PROVIDERS,
  computeReach,
  isCloudProvider,
  regionsOf,
  SCOPE_NAMES,
  supportsScope,
  zoneNamesOf,
} from "@/lib/reference/cloud-regions";
import { deploymentFieldsSchema } from "@/lib/validation/inventory";
import {
  countryOptions,
  namedOptions,
  titledOptions,
  type Country,
  type Named,
} from "./field-options";

type Scope = (typeof PROCESSING_SCOPES)[number];

const LEVELS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

/** Where processing may go, in names: the zones a ZONE scope uses, then the countries reached. */
function reachPreview(provider: string, region: string, scope: string, countries: Country[]) {
  try {
    if (!isCloudProvider(provider) || !region) return undefined;
    const names = new Map(countries.map((c) => [c.code, c.name]));
    const codes = computeReach(provider, region, scope as Scope);
    const reached =
      codes.length > 12
        ? `${codes.length} countries`
        : codes.map((code) => names.get(code) ?? code).join(", ");
    const zones = scope === "ZONE" ? zoneNamesOf(provider, region) : [];
    return zones.length
      ? `Processing zones: ${zones.join(", ")}. Processing may reach: ${reached}`
      : `Processing may reach: ${reached}`;
  } catch {
    return undefined;
  }
}

export const deploymentForm = defineForm<
  z.input<typeof deploymentFieldsSchema>,
  z.output<typeof deploymentFieldsSchema>,
  { models: Named[]; countries: Country[]; defaultModelId?: string }
>({
  schema: deploymentFieldsSchema,
  noun: "deployment",
  path: "/deployments",
  titleOf: (d) => d.ref,
  empty: ({ defaultModelId }) => ({
    ref: "",
    modelId: defaultModelId ?? "",
    jurisdictionCode: "",
    cloudProvider: "AZURE",
    cloudRegion: "",
    processingScope: "REGIONAL",
    businessUnit: "",
    useCase: "",
    dataSensitivity: "3",
    businessCriticality: "3",
    users: "0",
    status: "PLANNED",
    goLiveDate: "",
    fallbackModelId: "",
    licensedCodes: "",
  }),
  fields: ({ models, countries }, values) => {
    const provider = values.cloudProvider;
    const region = values.cloudRegion;
    const scope = values.processingScope ?? "REGIONAL";
    return [
      { name: "ref", label: "Reference", placeholder: "DEP-0042" },
      {
        name: "modelId",
        label: "Model",
        kind: "select",
        empty: "Choose a model",
        options: namedOptions(models),
      },
      {
        name: "jurisdictionCode",
        label: "Country served",
        kind: "select",
        empty: "Choose a country",
        options: countryOptions(countries),
      },
      {
        name: "cloudProvider",
        label: "Cloud provider",
        kind: "select",
        options: CLOUD_PROVIDERS.map((p) => ({ value: p.id, label: p.label })),
        onChange: () => ({ cloudRegion: "" }),
      },
      {
        name: "cloudRegion",
        label: "Cloud region",
        kind: "select",
        empty: "Choose a region",
        options: (isCloudProvider(provider) ? regionsOf(provider) : []).map((r) => ({
          value: r.id,
          label: `${r.label} (${r.id})`,
        })),
        onChange: (now) =>
          supportsScope(now.cloudProvider, now.cloudRegion, (now.processingScope ?? "") as Scope)
            ? {}
            : { processingScope: "REGIONAL" },
      },
      {
        name: "processingScope",
        label: "Processing scope",
        kind: "select",
        options: PROCESSING_SCOPES.filter((s) => !region || supportsScope(provider, region, s)).map(
          (s) => ({ value: s, label: SCOPE_NAMES[s] }),
        ),
        help: reachPreview(provider, region, scope, countries),
      },
      { name: "businessUnit", label: "Business unit" },
      { name: "useCase", label: "Use case" },
      {
        name: "dataSensitivity",
        label: "Data sensitivity (1–5)",
        kind: "select",
        options: LEVELS,
      },
      {
        name: "businessCriticality",
        label: "Business criticality (1–5)",
        kind: "select",
        options: LEVELS,
      },
      { name: "users", label: "Users", kind: "number" },
      {
        name: "status",
        label: "Status",
        kind: "select",
        options: titledOptions(DEPLOYMENT_STATUSES),
      },
      { name: "goLiveDate", label: "Go-live date", kind: "date" },
      {
        name: "fallbackModelId",
        label: "Fallback model",
        kind: "select",
        empty: "None",
        options: namedOptions(models),
      },
      {
        name: "licensedCodes",
        label: "Licences held",
        placeholder: "e.g. CN, AE",
        help: "Countries where you hold the licence a rule asks for (two-letter codes). Access there then counts as licensed, with no compliance finding.",
      },
    ];
  },
});
