import { z } from "zod";
import {
  CLOUD_PROVIDERS,
  type CloudProvider,
  findRegion,
  isCloudProvider,
  providerName,
  supportsScope,
} from "@/lib/reference/cloud-regions";
import {
  CAPABILITY_CLASSES,
  CONTRACT_COVERAGES,
  DEPLOYMENT_STATUSES,
  MODALITIES,
  MODEL_LICENCES,
  VENDOR_STATUSES,
  PROCESSING_SCOPES,
  WEIGHTS,
} from "@/lib/domain/types";
import { numberInput } from "./number-input";
import { isoDateSchema, MAX_TRAINING_COMPUTE_FLOP } from "./scenario";

/**
 * Inventory input (vendors, models, deployments, contracts), shared by the forms, the server
 * actions, the REST API and CSV import. The field schemas are exported one by one so a CSV row
 * schema can reuse them with natural keys (vendor name, model name, deployment ref) where a form
 * sends database ids. References to other rows (does this vendor exist? this country?) are checked
 * on the server against the database; static facts (cloud regions) are checked here.
 */

export { MODALITIES, VENDOR_STATUSES };

const trimmed = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const required = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Use at most ${max} characters.`);

/** ISO 3166-1 alpha-2, upper-cased; whether it exists is checked against the jurisdictions table. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use a two-letter ISO country code, e.g. JP.");

/** Empty input means "not given" (null), for optional fields of forms and CSV cells alike. */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    schema.nullable(),
  ) as unknown as z.ZodType<z.output<S> | null, z.input<S> | null | undefined>;

const urlSchema = z
  .string()
  .trim()
  .max(2000)
  .url("Enter a full web address, e.g. https://example.com.")
  .refine(
    (value) => /^https?:\/\//i.test(value),
    "Enter a web address starting with https:// (or http://).",
  );

/**
 * Like `optional`, but a field left out stays undefined, so an update that does not send it (a CSV
 * without the column) leaves the stored value alone; "" still clears it.
 */
const keepIfAbsent = <S extends z.ZodType>(schema: S) =>
  z.preprocess(
    (value) => (value === "" ? null : value),
    schema.nullable().optional(),
  ) as unknown as z.ZodOptional<z.ZodType<z.output<S> | null, z.input<S> | null>>;

/** A row's version: a positive 32-bit integer (the column's type). */
export const versionSchema = z
  .number({ error: "Name the version you read." })
  .int("Name the version you read.")
  .positive("Name the version you read.")
  .max(2_147_483_647, "This version does not exist.");
export const idSchema = z.string().min(1);
/** A reference picked from a list: the message says what to choose when nothing was. */
const picked = (what: string) =>
  z
    .string({ error: `Choose ${what}.` })
    .trim()
    .min(1, `Choose ${what}.`);

export const vendorFieldsSchema = z.object({
  name: required("the vendor's name", 200),
  hqCode: optional(countryCodeSchema),
  website: optional(urlSchema),
  status: z.enum(VENDOR_STATUSES, { error: "Choose a status." }),
  owner: trimmed(200).default(""),
  notes: trimmed(4000).default(""),
  /**
   * The cloud this vendor runs (its deployments are delivered and covered by it); "" = none.
   * Left out (e.g. a CSV without the column) = unchanged.
   */
  cloudProviderCode: z.preprocess(
    (value) => (value === "" ? null : value),
    z
      .enum(CLOUD_PROVIDERS.filter((p) => p.cloud).map((p) => p.id) as [CloudProvider])
      .nullable()
      .optional(),
  ) as unknown as z.ZodType<
    CloudProvider | null | undefined,
    CloudProvider | "" | null | undefined
  >,
});
export type VendorFields = z.output<typeof vendorFieldsSchema>;

export const trainingComputeSchema = numberInput(
  "Enter the training compute as a number of FLOP, e.g. 2e25.",
)
  .refine(Number.isFinite, "Enter the training compute as a finite number of FLOP, e.g. 2e25.")
  .refine((n) => n > 0, "Training compute must be greater than zero.")
  .refine(
    (n) => n <= MAX_TRAINING_COMPUTE_FLOP,
    "Training compute above 1e32 FLOP is not credible.",
  );

export const modelFieldsSchema = z.object({
  vendorId: picked("the vendor"),
  name: required("the model's name", 200),
  modelVersion: trimmed(100).default(""),
  /** null = unknown: the engine assumes the worst case */
  originCode: optional(countryCodeSchema),
  weights: optional(z.enum(WEIGHTS, { error: "Choose open or closed weights." })),
  trainingComputeFlop: optional(trainingComputeSchema),
  /** The estimate's range; a max alone records "known to be below" it. */
  trainingComputeMinFlop: keepIfAbsent(trainingComputeSchema),
  trainingComputeMaxFlop: keepIfAbsent(trainingComputeSchema),
  computeSource: optional(trimmed(500)),
  /** The licence of published weights, recorded apart from whether they are published. */
  licence: keepIfAbsent(z.enum(MODEL_LICENCES, { error: "Choose a licence." })),
  licenceName: keepIfAbsent(trimmed(300)),
  capabilityClass: z.enum(CAPABILITY_CLASSES, { error: "Choose a capability class." }),
  modality: z.enum(MODALITIES, { error: "Choose a modality." }).default("TEXT"),
  releaseDate: optional(isoDateSchema),
  exportClassification: optional(trimmed(100)),
});
export type ModelFields = z.output<typeof modelFieldsSchema>;

const level = (label: string) =>
  numberInput(`Enter ${label} from 1 to 5.`, (n) =>
    n
      .int(`Enter ${label} as a whole number from 1 to 5.`)
      .min(1, `Enter ${label} from 1 to 5.`)
      .max(5, `Enter ${label} from 1 to 5.`),
  );

export const deploymentRefSchema = z
  .string({ error: "Enter the deployment's reference, e.g. DEP-0042." })
  .trim()
  .toUpperCase()
  .min(1, "Enter the deployment's reference, e.g. DEP-0042.")
  .regex(
    /^[A-Z0-9][A-Z0-9-]{1,39}$/,
    "Use a reference of letters, digits and dashes, e.g. DEP-0042.",
  );

/**
 * Jurisdictions a deployment holds a licence for: a list of codes, or a form's text ("CN, RU").
 * Stored de-duplicated and sorted, so the audit trail shows real changes only.
 */
export const licensedCodesSchema = z.preprocess(
  (value) =>
    typeof value === "string" ? value.split(/[\s,;]+/).filter((code) => code !== "") : value,
  z
    .array(countryCodeSchema, { error: "List the countries as two-letter codes, e.g. CN, RU." })
    .max(250, "List at most 250 countries.")
    .transform((codes) => [...new Set(codes)].sort()),
) as unknown as z.ZodType<string[], string | string[] | undefined>;

const deploymentShape = z.object({
  ref: deploymentRefSchema,
  modelId: picked("the model it runs"),
  jurisdictionCode: z
    .string({ error: "Choose the country it serves." })
    .trim()
    .min(1, "Choose the country it serves.")
    .pipe(countryCodeSchema),
  cloudProvider: picked("where it runs").toUpperCase(),
  cloudRegion: z.string().trim(),
  processingScope: z.enum(PROCESSING_SCOPES, { error: "Choose REGIONAL, ZONE or GLOBAL." }),
  businessUnit: required("the business unit", 120),
  useCase: required("the use case", 500),
  dataSensitivity: level("data sensitivity"),
  businessCriticality: level("business criticality"),
  users: numberInput("Enter the number of users.", (n) =>
    n
      .int("Enter a whole number of users.")
      .min(0, "The number of users cannot be negative.")
      .max(10_000_000, "More than 10 million users is not credible for one deployment."),
  ),
  status: z.enum(DEPLOYMENT_STATUSES, { error: "Choose PLANNED, LIVE or RETIRED." }),
  goLiveDate: optional(isoDateSchema),
  fallbackModelId: optional(idSchema),
  licensedCodes: licensedCodesSchema.default([]),
});

/** Provider, region and scope must fit the cloud-region catalogue (lib/reference/cloud-regions.ts). */
export function checkCloudPlacement(
  value: { cloudProvider: string; cloudRegion: string; processingScope: string },
  ctx: z.RefinementCtx,
) {
  if (!value.cloudProvider) return; // already "Choose where it runs."
  if (!isCloudProvider(value.cloudProvider)) {
    ctx.addIssue({
      code: "custom",
      path: ["cloudProvider"],
      message: `Unknown cloud provider "${value.cloudProvider}".`,
    });
    return;
  }
  if (!value.cloudRegion) {
    ctx.addIssue({ code: "custom", path: ["cloudRegion"], message: "Choose a region." });
    return;
  }
  if (!findRegion(value.cloudProvider, value.cloudRegion)) {
    ctx.addIssue({
      code: "custom",
      path: ["cloudRegion"],
      message: `${providerName(value.cloudProvider)} has no region "${value.cloudRegion}".`,
    });
    return;
  }
  if (
    !supportsScope(
      value.cloudProvider,
      value.cloudRegion,
      value.processingScope as (typeof PROCESSING_SCOPES)[number],
    )
  )
    ctx.addIssue({
      code: "custom",
      path: ["processingScope"],
      message: `Region "${value.cloudRegion}" belongs to no data zone; use REGIONAL or GLOBAL.`,
    });
}

export const deploymentFieldsSchema = deploymentShape.superRefine(checkCloudPlacement);
export type DeploymentFields = z.output<typeof deploymentFieldsSchema>;
/** The object shape without the placement check, for CSV rows that swap ids for natural keys. */
export const deploymentFieldsShape = deploymentShape;

export const contractFieldsSchema = z
  .object({
    vendorId: picked("the counterparty"),
    title: required("the contract's title", 300),
    effectiveDate: z
      .string({ error: "Enter the date the contract takes effect." })
      .trim()
      .min(1, "Enter the date the contract takes effect.")
      .pipe(isoDateSchema),
    expiryDate: optional(isoDateSchema),
    governingLawCode: optional(countryCodeSchema),
    /** What it covers: see ContractCoverage (the channel whose deployments it credits). */
    coverage: z
      .enum(CONTRACT_COVERAGES, { error: "Choose what the contract covers." })
      .default("ALL_SERVICES"),
    /** The models a LISTED_MODELS contract covers; ignored for the other coverages. */
    coveredModelIds: z.array(idSchema).max(500, "List at most 500 models.").default([]),
  })
  .refine((c) => !c.expiryDate || c.expiryDate >= c.effectiveDate, {
    path: ["expiryDate"],
    message: "The contract cannot expire before it takes effect.",
  })
  .refine((c) => c.coverage !== "LISTED_MODELS" || c.coveredModelIds.length > 0, {
    path: ["coveredModelIds"],
    message: "Choose the models the contract covers.",
  });
export type ContractFields = z.output<typeof contractFieldsSchema>;

/** Edits and archiving name the version the user read, so a stale save is refused, never applied. */
export const versioned = z.object({ id: idSchema, version: versionSchema });
export const archiveSchema = versioned;

/** Edits: every field plus the id and the version the user read. */
export const vendorUpdateSchema = vendorFieldsSchema.extend(versioned.shape);
export const modelUpdateSchema = modelFieldsSchema.extend(versioned.shape);
export const deploymentUpdateSchema = deploymentFieldsShape
  .extend(versioned.shape)
  .superRefine(checkCloudPlacement);
// safeExtend keeps the expiry-after-effective refinement.
export const contractUpdateSchema = contractFieldsSchema.safeExtend(versioned.shape);

/** Archive (archived: true) or restore (false) a row at the version the user read. */
export const setArchivedSchema = versioned.extend({ archived: z.boolean() });
export type SetArchivedInput = z.output<typeof setArchivedSchema>;

/** Loading the latest values of a row into an edit form after a conflict. */
export const idOnlySchema = z.object({ id: idSchema });
