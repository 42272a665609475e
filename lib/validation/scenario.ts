import { z } from "zod";
import { compareOutcomes } from "@/lib/domain/outcome";
import { CAPABILITY_CLASSES, OUTCOMES, REFERENCE_STATUSES, WEIGHTS } from "@/lib/domain/types";

/**
 * Scenario and rule input, shared by the scenario editor, server actions and the REST API.
 * The schema checks shape; validateScenario() also checks references against the inventory and
 * catches rules that could never select anything, and names the rule in every message.
 */

/** Beyond any training run anyone has estimated (≈ 5e26 in 2026) by five orders of magnitude. */
export const MAX_TRAINING_COMPUTE_FLOP = 1e32;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const isoDateSchema = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    ctx.addIssue({ code: "custom", message: "Use a date in the form YYYY-MM-DD." });
  else if (!isCalendarDate(value))
    ctx.addIssue({ code: "custom", message: "This date does not exist." });
  else if (value < "1900-01-01" || value > "2199-12-31")
    ctx.addIssue({ code: "custom", message: "Use a date between 1900 and 2199." });
});

const codes = z.array(z.string().trim().min(1)).default([]);
const ids = z.array(z.string().min(1)).default([]);

export const jurisdictionSelectorSchema = z.object({
  groupIds: ids,
  countries: codes,
  allOthers: z.boolean().default(false),
  excludeGroupIds: ids,
  excludeCountries: codes,
});

export const modelSelectorSchema = z.object({
  all: z.boolean().default(false),
  originCodes: codes,
  vendorIds: ids,
  weights: z.enum(WEIGHTS).nullable().default(null),
  minTrainingComputeFlop: z
    .number({ error: "Enter the threshold as a finite number of FLOP, e.g. 1e26." })
    .min(0, "A compute threshold cannot be negative.")
    .max(MAX_TRAINING_COMPUTE_FLOP, "A compute threshold above 1e32 FLOP can match no model.")
    .nullable()
    .default(null),
  capabilityClasses: z.array(z.enum(CAPABILITY_CLASSES)).default([]),
  modelIds: ids,
});

export const policyRuleInputSchema = z.object({
  /** Absent for a rule that has not been saved yet. */
  id: z.string().min(1).optional(),
  name: z.string().trim().min(1, "Give the rule a name.").max(200, "Use at most 200 characters."),
  jurisdictions: jurisdictionSelectorSchema,
  models: modelSelectorSchema,
  outcome: z.enum(OUTCOMES, { error: "Choose an outcome." }),
  rationale: z.string().trim().max(4000).default(""),
  source: z.string().trim().max(2000).default(""),
  effectiveDate: isoDateSchema.nullable().default(null),
});

export const scenarioInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the scenario a name.")
    .max(200, "Use at most 200 characters."),
  description: z.string().trim().max(4000).default(""),
  defaultOutcome: z.enum(OUTCOMES, { error: "Choose a default outcome." }),
  rules: z.array(policyRuleInputSchema).max(500, "A scenario can have at most 500 rules."),
  /** What the scenario is, its sources and when they were checked; left as stored when absent. */
  reference: z
    .object({
      legalStatus: z.enum(REFERENCE_STATUSES, "Say what this scenario is."),
      sources: z.string().trim().max(4000, "Use at most 4,000 characters.").default(""),
      /** one web address per line */
      sourceUrls: z
        .string()
        .max(8000)
        .default("")
        .refine(
          (text) => sourceUrlLines(text).every((url) => /^https?:\/\/\S+$/.test(url)),
          "Put one web address per line, each starting with https://.",
        ),
      checkedOn: z.union([z.literal(""), isoDateSchema]).default(""),
    })
    .optional(),
});

/** The source links of a scenario's reference fields, one per non-empty line. */
export function sourceUrlLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export type ScenarioInput = z.output<typeof scenarioInputSchema>;
export type ScenarioFormValues = z.input<typeof scenarioInputSchema>;
export type PolicyRuleInput = z.output<typeof policyRuleInputSchema>;

type IdList = ReadonlySet<string> | readonly string[];

/** What the scenario may refer to. With groupMembers, selectors emptied by exclusions are caught too. */
export interface KnownReferences {
  countryCodes: IdList;
  groupIds: IdList;
  vendorIds: IdList;
  modelIds: IdList;
  groupMembers?: Readonly<Record<string, readonly string[]>>;
}

export interface ScenarioIssue {
  /** Field path for react-hook-form's setError, e.g. ["rules", 2, "jurisdictions", "countries"]. */
  path: (string | number)[];
  /** Full message naming the rule and field, e.g. `rules[2] "Tier 3 embargo" › jurisdictions.countries: …`. */
  message: string;
  /** The same without the location, to show beside the field. */
  fieldMessage: string;
}

export type ScenarioValidation =
  { success: true; data: ScenarioInput; issues: [] } | { success: false; issues: ScenarioIssue[] };

type RawIssue = { path: (string | number)[]; message: string };

const toSet = (list: IdList): ReadonlySet<string> => (list instanceof Set ? list : new Set(list));

/** Reference and emptiness checks on parsed input. Returns field-level issues (no location prefix). */
export function checkScenarioReferences(input: ScenarioInput, known: KnownReferences): RawIssue[] {
  const countries = toSet(known.countryCodes);
  const groups = toSet(known.groupIds);
  const vendors = toSet(known.vendorIds);
  const models = toSet(known.modelIds);
  const issues: RawIssue[] = [];
  const seenIds = new Map<string, number>();

  input.rules.forEach((rule, i) => {
    const at = (...field: string[]) => ["rules", i, ...field];
    const unknown = (
      field: string[],
      values: string[],
      known: ReadonlySet<string>,
      what: string,
    ) => {
      for (const value of values)
        if (!known.has(value))
          issues.push({ path: at(...field), message: `unknown ${what} "${value}"` });
    };
    if (rule.id !== undefined) {
      const first = seenIds.get(rule.id);
      if (first !== undefined)
        issues.push({
          path: at("id"),
          message: `rule id "${rule.id}" is already used by rules[${first}]`,
        });
      else seenIds.set(rule.id, i);
    }

    const j = rule.jurisdictions;
    unknown(["jurisdictions", "groupIds"], j.groupIds, groups, "country group");
    unknown(["jurisdictions", "countries"], j.countries, countries, "country code");
    unknown(["jurisdictions", "excludeGroupIds"], j.excludeGroupIds, groups, "country group");
    unknown(["jurisdictions", "excludeCountries"], j.excludeCountries, countries, "country code");
    if (!j.allOthers && j.groupIds.length === 0 && j.countries.length === 0) {
      issues.push({
        path: at("jurisdictions"),
        message: "selects no jurisdiction: choose groups or countries, or all other jurisdictions",
      });
    } else if (known.groupMembers && selectsNothing(j, countries, known.groupMembers)) {
      issues.push({
        path: at("jurisdictions"),
        message: "selects no jurisdiction once the exclusions are applied",
      });
    }

    const m = rule.models;
    const criteria = [
      m.originCodes.length > 0 && "originCodes",
      m.vendorIds.length > 0 && "vendorIds",
      m.weights !== null && "weights",
      m.minTrainingComputeFlop !== null && "minTrainingComputeFlop",
      m.capabilityClasses.length > 0 && "capabilityClasses",
      m.modelIds.length > 0 && "modelIds",
    ].filter((c): c is string => typeof c === "string");
    if (m.all && criteria.length > 0) {
      issues.push({
        path: at("models", "all"),
        message: `"all models" cannot be combined with other criteria (${criteria.join(", ")})`,
      });
    } else if (!m.all && criteria.length === 0) {
      issues.push({
        path: at("models"),
        message: "selects no model: choose all models or at least one criterion",
      });
    }
    unknown(["models", "originCodes"], m.originCodes, countries, "country code");
    unknown(["models", "vendorIds"], m.vendorIds, vendors, "vendor");
    unknown(["models", "modelIds"], m.modelIds, models, "model");

    if (compareOutcomes(rule.outcome, input.defaultOutcome) < 0) {
      issues.push({
        path: at("outcome"),
        message: `${rule.outcome} is less restrictive than the scenario's default outcome ${input.defaultOutcome}, so this rule can never change a result`,
      });
    }
  });
  return issues;
}

function selectsNothing(
  j: PolicyRuleInput["jurisdictions"],
  countries: ReadonlySet<string>,
  members: Readonly<Record<string, readonly string[]>>,
): boolean {
  const selected = new Set<string>(j.allOthers ? countries : j.countries);
  if (!j.allOthers)
    for (const id of j.groupIds) for (const code of members[id] ?? []) selected.add(code);
  for (const id of j.excludeGroupIds) for (const code of members[id] ?? []) selected.delete(code);
  for (const code of j.excludeCountries) selected.delete(code);
  return selected.size === 0;
}

/** `rules[2] "Tier 3 embargo" › jurisdictions.countries` for a path into the input. */
export function describePath(input: unknown, path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path;
  const field = (keys: readonly PropertyKey[]) =>
    keys
      .map((k, n) => (typeof k === "number" ? `[${k}]` : `${n === 0 ? "" : "."}${String(k)}`))
      .join("");
  if (head === "rules" && typeof index === "number") {
    const rules = (input as { rules?: unknown } | null)?.rules;
    const name = Array.isArray(rules)
      ? (rules[index] as { name?: unknown } | undefined)?.name
      : undefined;
    const label = `rules[${index}] ${typeof name === "string" && name.trim() !== "" ? `"${name.trim()}"` : "(unnamed)"}`;
    return rest.length === 0 ? label : `${label} › ${field(rest)}`;
  }
  return field(path);
}

function withLocation(input: unknown, issue: RawIssue): ScenarioIssue {
  return {
    path: issue.path,
    fieldMessage: issue.message,
    message: `${describePath(input, issue.path)}: ${issue.message}`,
  };
}

/** Parses and checks a scenario; every issue names the rule (index and name) and the field. */
export function validateScenario(input: unknown, known: KnownReferences): ScenarioValidation {
  const parsed = scenarioInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      withLocation(input, {
        path: issue.path.filter((k): k is string | number => typeof k !== "symbol"),
        message: issue.message,
      }),
    );
    return { success: false, issues };
  }
  const issues = checkScenarioReferences(parsed.data, known).map((issue) =>
    withLocation(input, issue),
  );
  return issues.length > 0
    ? { success: false, issues }
    : { success: true, data: parsed.data, issues: [] };
}

/** The schema plus the reference checks, for zodResolver in the scenario form. */
export function scenarioSchemaFor(known: KnownReferences) {
  return scenarioInputSchema.superRefine((data, ctx) => {
    for (const issue of checkScenarioReferences(data, known)) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
  });
}
