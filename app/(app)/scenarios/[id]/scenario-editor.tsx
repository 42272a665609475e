"use client";

import { useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { saveScenarioAction } from "../actions";
import { OUTCOMES, REFERENCE_STATUSES } from "@/lib/domain/types";
import { titleCase } from "@/lib/format";
import type { EditorOptions } from "@/lib/server/scenarios/load-editor-options";
import {
  scenarioSchemaFor,
  validateScenario,
  type KnownReferences,
  type PolicyRuleInput,
  type ScenarioFormValues,
  type ScenarioInput,
} from "@/lib/validation/scenario";
import { ImpactPreview } from "@/components/scenarios/impact-preview";
import { RuleFields, type RuleOptions } from "@/components/scenarios/rule-fields";
import { useImpactPreview } from "@/components/scenarios/use-impact-preview";
import { REFERENCE_STATUS_LABELS, withStatus } from "@/lib/reference/reference-status";

const NEW_RULE: PolicyRuleInput = {
  name: "",
  jurisdictions: {
    groupIds: [],
    countries: [],
    allOthers: false,
    excludeGroupIds: [],
    excludeCountries: [],
  },
  models: {
    all: true,
    originCodes: [],
    vendorIds: [],
    weights: null,
    minTrainingComputeFlop: null,
    capabilityClasses: [],
    modelIds: [],
  },
  outcome: "RESTRICTED",
  rationale: "",
  source: "",
  effectiveDate: null,
};

const NO_ISSUES: Readonly<Record<string, string>> = {};

function ruleOptions(o: EditorOptions): RuleOptions {
  return {
    countries: o.countries.map((c) => ({
      value: c.code,
      label: `${c.flag} ${c.name} (${c.code})`,
      section: c.region,
      keywords: c.code,
    })),
    groups: o.groups.map((g) => ({
      value: g.id,
      label: `${withStatus(g.name, g.legalStatus)} (${g.members.length})`,
    })),
    vendors: o.vendors.map((v) => ({
      value: v.id,
      label: v.archived ? `${v.name} (archived)` : v.name,
    })),
    models: o.models.map((m) => ({
      value: m.id,
      label: `${m.name}${m.archived ? " (archived)" : ""}`,
      section: m.vendorName,
    })),
  };
}

function knownReferences(o: EditorOptions): KnownReferences {
  return {
    countryCodes: o.countries.map((c) => c.code),
    groupIds: o.groups.map((g) => g.id),
    vendorIds: o.vendors.map((v) => v.id),
    modelIds: o.models.map((m) => m.id),
    groupMembers: Object.fromEntries(o.groups.map((g) => [g.id, g.members])),
  };
}

/**
 * The scenario editor: fields, the rule builder, inline validation from the shared schema, a live
 * impact preview of the unsaved change, and a versioned save. A change saved elsewhere arrives via
 * <LiveRefresh />: taken over silently when nothing is being edited, announced otherwise.
 */
export function ScenarioEditor({
  scenarioId,
  version,
  values,
  options,
  canEdit,
  basis,
}: {
  scenarioId: string;
  version: number;
  values: ScenarioInput;
  options: EditorOptions;
  canEdit: boolean;
  /** Identifies the saved data the preview compares against (changes when anything is saved). */
  basis: string;
}) {
  const router = useRouter();
  const known = useMemo(() => knownReferences(options), [options]);
  const opts = useMemo(() => ruleOptions(options), [options]);
  const form = useForm<ScenarioFormValues, unknown, ScenarioInput>({
    resolver: zodResolver(scenarioSchemaFor(known)),
    mode: "onChange",
    defaultValues: values,
  });
  const rules = useFieldArray({ control: form.control, name: "rules", keyName: "key" });
  const { errors, isSubmitting, isDirty } = form.formState;
  // The saved version the form is based on. A newer one (saved elsewhere, seen through
  // <LiveRefresh />) is adopted while nothing is being edited; mid-edit it is announced instead.
  const [base, setBase] = useState({ version, values });
  const [refusal, setRefusal] = useState<string | null>(null);
  if (version > base.version && !isDirty) setBase({ version, values });
  const newerSaved = version > base.version;
  useEffect(() => {
    form.reset(base.values);
  }, [base, form]);

  const watched = useWatch({ control: form.control }) as ScenarioFormValues;
  const check = useMemo(() => validateScenario(watched, known), [watched, known]);
  // Per rule, per field: validated on every change, so a message disappears as soon as it is fixed.
  const ruleIssues = useMemo(() => {
    const byRule: Record<number, Record<string, string>> = {};
    for (const issue of check.issues) {
      const [head, index, ...rest] = issue.path;
      if (head !== "rules" || typeof index !== "number") continue;
      (byRule[index] ??= {})[rest.join(".")] ??= issue.fieldMessage;
    }
    return byRule;
  }, [check]);
  // The draft differs from the saved scenario: compared here, during the render the edit causes,
  // rather than through formState.isDirty, which the form updates only after its own (async)
  // validation — that wait alone delayed the preview by tens of milliseconds.
  const savedKey = useMemo(() => {
    const saved = validateScenario(base.values, known);
    return saved.success ? JSON.stringify(saved.data) : null;
  }, [base, known]);
  const draftKey = check.success ? JSON.stringify(check.data) : null;
  const preview = useImpactPreview(
    scenarioId,
    draftKey !== null && draftKey !== savedKey ? draftKey : null,
    check.success,
    basis,
  );

  const reload = () => {
    setBase({ version, values });
    setRefusal(null);
    router.refresh();
  };

  const onSubmit = form.handleSubmit(async (input) => {
    const result = await saveScenarioAction({
      id: scenarioId,
      version: base.version,
      scenario: input,
    });
    if (!result.ok) {
      if (result.code === "conflict" && result.conflict?.changedAt) setRefusal(result.message);
      else {
        applyServerErrors(form, result);
        form.setError("root", { type: "server", message: result.message });
      }
      return;
    }
    setBase({ version: result.data.version, values: result.data.values });
    setRefusal(null);
    toast.success("Scenario saved");
    router.refresh();
  });

  return (
    <FormProvider {...form}>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <form
          onSubmit={onSubmit}
          noValidate
          className="flex min-w-0 flex-col gap-4"
          aria-label="Scenario"
        >
          <fieldset disabled={!canEdit} className="flex flex-col gap-4">
            <div className="grid gap-3 md:grid-cols-[2fr_1fr]">
              <Field id="scenario-name" label="Scenario name" error={errors.name?.message}>
                <Input id="scenario-name" aria-invalid={!!errors.name} {...form.register("name")} />
              </Field>
              <Field
                id="scenario-default"
                label="Default outcome (where no rule applies)"
                error={errors.defaultOutcome?.message}
              >
                <Select id="scenario-default" {...form.register("defaultOutcome")}>
                  {OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {titleCase(o)}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Field
              id="scenario-description"
              label="Description"
              error={errors.description?.message}
            >
              <Textarea
                id="scenario-description"
                className="min-h-16"
                {...form.register("description")}
              />
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                id="scenario-status"
                label="What this scenario is"
                error={errors.reference?.legalStatus?.message}
              >
                <Select id="scenario-status" {...form.register("reference.legalStatus")}>
                  {REFERENCE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {REFERENCE_STATUS_LABELS[s]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                id="scenario-checked"
                label="Sources last checked on"
                error={errors.reference?.checkedOn?.message}
              >
                <Input
                  id="scenario-checked"
                  type="date"
                  aria-invalid={!!errors.reference?.checkedOn}
                  {...form.register("reference.checkedOn")}
                />
              </Field>
            </div>
            <Field id="scenario-sources" label="Sources" error={errors.reference?.sources?.message}>
              <Textarea
                id="scenario-sources"
                className="min-h-16"
                {...form.register("reference.sources")}
              />
            </Field>
            <Field
              id="scenario-source-urls"
              label="Source links (one per line)"
              error={errors.reference?.sourceUrls?.message}
            >
              <Textarea
                id="scenario-source-urls"
                className="min-h-16"
                aria-invalid={!!errors.reference?.sourceUrls}
                {...form.register("reference.sourceUrls")}
              />
            </Field>
          </fieldset>

          {!check.success && isDirty && (
            <div
              role="alert"
              className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
              data-testid="scenario-issues"
            >
              <p className="font-medium">Fix before saving:</p>
              <ul className="list-disc pl-5">
                {check.issues.map((i) => (
                  <li key={i.message}>{i.message}</li>
                ))}
              </ul>
            </div>
          )}

          <h2 className="font-medium">Rules ({rules.fields.length})</h2>
          {rules.fields.length === 0 && (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              No rules: the default outcome applies everywhere.
            </p>
          )}
          {rules.fields.map((field, index) => (
            <RuleFields
              key={field.key}
              index={index}
              count={rules.fields.length}
              options={opts}
              issues={ruleIssues[index] ?? NO_ISSUES}
              disabled={!canEdit}
              onMove={(to) => rules.move(index, to)}
              onRemove={() => rules.remove(index)}
            />
          ))}

          {canEdit && (
            <div className="sticky bottom-0 flex flex-wrap items-center gap-2 border-t border-zinc-200 bg-white/90 py-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
              <Button
                variant="secondary"
                onClick={() =>
                  rules.append({ ...NEW_RULE, name: `Rule ${rules.fields.length + 1}` })
                }
              >
                <Plus aria-hidden="true" className="size-4" /> Add rule
              </Button>
              <Button type="submit" disabled={isSubmitting || !isDirty}>
                {isSubmitting ? "Saving…" : "Save scenario"}
              </Button>
              {isDirty && (
                <Button variant="ghost" onClick={reload}>
                  Discard changes
                </Button>
              )}
              {errors.root && (
                <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                  {errors.root.message}
                </p>
              )}
            </div>
          )}
          {(refusal || newerSaved) && (
            <div
              role="alert"
              className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
              data-testid="scenario-conflict"
            >
              <p>
                {refusal ??
                  "Someone else saved this scenario while you were editing. Saving now will be refused: reload to see their change, then re-apply yours."}
              </p>
              <Button size="sm" variant="secondary" className="mt-2" onClick={reload}>
                Reload the saved scenario
              </Button>
            </div>
          )}
        </form>
        {canEdit && (
          <aside aria-label="Impact preview" className="xl:sticky xl:top-20 xl:self-start">
            <ImpactPreview state={preview} />
          </aside>
        )}
      </div>
    </FormProvider>
  );
}
