"use client";

import { Controller, useFormContext } from "react-hook-form";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { MultiSelect, type MultiSelectOption } from "@/components/forms/multi-select";
import { ComputeInput } from "./compute-input";
import { CAPABILITY_CLASSES, OUTCOMES, WEIGHTS } from "@/lib/domain/types";
import { titleCase } from "@/lib/format";
import type { ScenarioFormValues } from "@/lib/validation/scenario";

export interface RuleOptions {
  countries: MultiSelectOption[];
  groups: MultiSelectOption[];
  vendors: MultiSelectOption[];
  models: MultiSelectOption[];
}

type Path = `rules.${number}.${string}`;

/** One rule of the builder: where, which models, the outcome and why. */
export function RuleFields({
  index,
  count,
  options,
  disabled,
  issues,
  onMove,
  onRemove,
}: {
  /** This rule's problems by field path ("name", "jurisdictions", "models.vendorIds"), always current. */
  issues: Readonly<Record<string, string>>;
  index: number;
  count: number;
  options: RuleOptions;
  disabled: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { control, register, watch } = useFormContext<ScenarioFormValues>();
  const err = (field: string): string | undefined => issues[field];
  const p = (field: string) => `rules.${index}.${field}` as Path as never;
  const id = (field: string) => `rule-${index}-${field}`;
  const name = watch(`rules.${index}.name`);
  const allOthers = watch(`rules.${index}.jurisdictions.allOthers`);
  const allModels = watch(`rules.${index}.models.all`);
  const multi = (field: string, label: string, opts: MultiSelectOption[], error?: string) => (
    <Controller
      control={control}
      name={p(field)}
      render={({ field: f }) => (
        <MultiSelect
          label={label}
          options={opts}
          value={(f.value as string[] | undefined) ?? []}
          onChange={f.onChange}
          error={error}
          disabled={disabled}
          testId={`${id(field.replace(/\./g, "-"))}`}
        />
      )}
    />
  );

  return (
    <fieldset
      className="flex flex-col gap-4 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      data-testid={`rule-${index}`}
      aria-label={`Rule ${index + 1}: ${name || "unnamed"}`}
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field id={id("name")} label={`Rule ${index + 1} name`} error={err("name")}>
            <Input
              id={id("name")}
              aria-invalid={!!err("name")}
              {...register(`rules.${index}.name`)}
            />
          </Field>
        </div>
        <Field id={id("outcome")} label="Outcome" error={err("outcome")}>
          <Select
            id={id("outcome")}
            aria-invalid={!!err("outcome")}
            className="w-48"
            {...register(`rules.${index}.outcome`)}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {titleCase(o)}
              </option>
            ))}
          </Select>
        </Field>
        {!disabled && (
          <div className="flex gap-1">
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Move rule ${index + 1} up`}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            >
              <ArrowUp aria-hidden="true" className="size-4" />
            </Button>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Move rule ${index + 1} down`}
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
            >
              <ArrowDown aria-hidden="true" className="size-4" />
            </Button>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove rule ${index + 1}`}
              onClick={onRemove}
            >
              <Trash2 aria-hidden="true" className="size-4" />
            </Button>
          </div>
        )}
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-3">
          <h3 className="text-sm font-semibold">Where</h3>
          {err("jurisdictions") && (
            <p className="text-xs text-red-700 dark:text-red-400">{err("jurisdictions")}</p>
          )}
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              disabled={disabled}
              {...register(`rules.${index}.jurisdictions.allOthers`)}
            />
            All jurisdictions (except the exclusions below)
          </label>
          {!allOthers && (
            <>
              {multi(
                "jurisdictions.groupIds",
                "Country groups",
                options.groups,
                err("jurisdictions.groupIds"),
              )}
              {multi(
                "jurisdictions.countries",
                "Countries",
                options.countries,
                err("jurisdictions.countries"),
              )}
            </>
          )}
          {multi(
            "jurisdictions.excludeGroupIds",
            "Excluded groups",
            options.groups,
            err("jurisdictions.excludeGroupIds"),
          )}
          {multi(
            "jurisdictions.excludeCountries",
            "Excluded countries",
            options.countries,
            err("jurisdictions.excludeCountries"),
          )}
        </div>
        <div className="flex flex-col gap-3">
          <h3 className="text-sm font-semibold">Which models</h3>
          {err("models") && (
            <p className="text-xs text-red-700 dark:text-red-400">{err("models")}</p>
          )}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" disabled={disabled} {...register(`rules.${index}.models.all`)} />
            All models
          </label>
          {err("models.all") && (
            <p className="text-xs text-red-700 dark:text-red-400">{err("models.all")}</p>
          )}
          {!allModels && (
            <>
              {multi(
                "models.originCodes",
                "Model origins",
                options.countries,
                err("models.originCodes"),
              )}
              {multi("models.vendorIds", "Vendors", options.vendors, err("models.vendorIds"))}
              <div className="grid gap-3 sm:grid-cols-2">
                <Field id={id("weights")} label="Weights">
                  <Controller
                    control={control}
                    name={`rules.${index}.models.weights`}
                    render={({ field }) => (
                      <Select
                        id={id("weights")}
                        disabled={disabled}
                        value={field.value ?? ""}
                        onChange={(e) =>
                          field.onChange(e.target.value === "" ? null : e.target.value)
                        }
                      >
                        <option value="">Open or closed</option>
                        {WEIGHTS.map((w) => (
                          <option key={w} value={w}>
                            {titleCase(w)} weights
                          </option>
                        ))}
                      </Select>
                    )}
                  />
                </Field>
                <Field
                  id={id("compute")}
                  label="Min. training compute (FLOP)"
                  error={err("models.minTrainingComputeFlop")}
                >
                  <Controller
                    control={control}
                    name={`rules.${index}.models.minTrainingComputeFlop`}
                    render={({ field }) => (
                      <ComputeInput
                        id={id("compute")}
                        value={field.value}
                        onChange={field.onChange}
                        disabled={disabled}
                        invalid={!!err("models.minTrainingComputeFlop")}
                      />
                    )}
                  />
                </Field>
              </div>
              <fieldset className="flex flex-wrap gap-3 text-sm">
                <legend className="mb-1 text-sm font-medium">Capability classes</legend>
                {CAPABILITY_CLASSES.map((c) => (
                  <label key={c} className="flex items-center gap-1.5">
                    <input
                      type="checkbox"
                      value={c}
                      disabled={disabled}
                      {...register(`rules.${index}.models.capabilityClasses`)}
                    />
                    {titleCase(c)}
                  </label>
                ))}
              </fieldset>
              {multi("models.modelIds", "Specific models", options.models, err("models.modelIds"))}
            </>
          )}
        </div>
      </div>

      <div className="grid gap-3 lg:grid-cols-[2fr_2fr_1fr]">
        <Field id={id("rationale")} label="Rationale" error={err("rationale")}>
          <Textarea
            id={id("rationale")}
            className="min-h-16"
            {...register(`rules.${index}.rationale`)}
          />
        </Field>
        <Field id={id("source")} label="Source (citation or link)" error={err("source")}>
          <Textarea id={id("source")} className="min-h-16" {...register(`rules.${index}.source`)} />
        </Field>
        <Field
          id={id("effective")}
          label="Effective date"
          error={err("effectiveDate")}
          hint="Empty: in force now"
        >
          <Controller
            control={control}
            name={`rules.${index}.effectiveDate`}
            render={({ field }) => (
              <Input
                id={id("effective")}
                type="date"
                disabled={disabled}
                value={field.value ?? ""}
                onChange={(e) => field.onChange(e.target.value === "" ? null : e.target.value)}
              />
            )}
          />
        </Field>
      </div>
    </fieldset>
  );
}
