"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { REFERENCE_STATUSES } from "@/lib/domain/types";
import { REFERENCE_STATUS_HINTS, REFERENCE_STATUS_LABELS } from "@/lib/reference/reference-status";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { MultiSelect } from "@/components/forms/multi-select";
import { createGroupAction, updateGroupAction } from "./actions";
import { groupFieldsSchema, type GroupFields, type GroupFormValues } from "@/lib/validation/group";

export interface CountryOption {
  code: string;
  name: string;
  region: string;
  flag: string;
}

/** Creates a group (no `id`) or edits one; members are picked by name, code or region. */
export function GroupForm({
  countries,
  initial,
  id,
  version,
}: {
  countries: CountryOption[];
  initial: GroupFormValues;
  id?: string;
  version?: number;
}) {
  const router = useRouter();
  const form = useForm<GroupFormValues, unknown, GroupFields>({
    resolver: zodResolver(groupFieldsSchema),
    defaultValues: initial,
  });
  const options = useMemo(
    () =>
      countries.map((c) => ({
        value: c.code,
        label: `${c.flag} ${c.name} (${c.code})`,
        section: c.region,
        keywords: c.code,
      })),
    [countries],
  );
  const { errors, isSubmitting, isDirty } = form.formState;
  const prefix = id ? "group" : "new-group";
  const onSubmit = form.handleSubmit(async (fields) => {
    if (id && version !== undefined) {
      const result = await updateGroupAction({
        ...fields,
        sourceUrl: fields.sourceUrl ?? "",
        id,
        version,
      });
      if (!result.ok) return applyServerErrors(form, result);
      toast.success("Group saved");
      form.reset(form.getValues());
      router.refresh();
    } else {
      const result = await createGroupAction({ ...fields, sourceUrl: fields.sourceUrl ?? "" });
      if (!result.ok) return applyServerErrors(form, result);
      toast.success(`Created “${fields.name}”`);
      router.push(`/groups/${result.data.id}`);
    }
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3"
      aria-label={id ? "Edit group" : "New group"}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <Field id={`${prefix}-name`} label="Name" error={errors.name?.message}>
          <Input id={`${prefix}-name`} aria-invalid={!!errors.name} {...form.register("name")} />
        </Field>
        <Field id={`${prefix}-asof`} label="Membership as of" error={errors.asOf?.message}>
          <Input id={`${prefix}-asof`} type="date" {...form.register("asOf")} />
        </Field>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <Field id={`${prefix}-status`} label="What it is" error={errors.legalStatus?.message}>
          <Select id={`${prefix}-status`} {...form.register("legalStatus")}>
            {REFERENCE_STATUSES.map((status) => (
              <option key={status} value={status} title={REFERENCE_STATUS_HINTS[status]}>
                {REFERENCE_STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${prefix}-checked`} label="Last checked" error={errors.checkedOn?.message}>
          <Input id={`${prefix}-checked`} type="date" {...form.register("checkedOn")} />
        </Field>
      </div>
      <Field id={`${prefix}-description`} label="Description" error={errors.description?.message}>
        <Textarea
          id={`${prefix}-description`}
          className="min-h-16"
          {...form.register("description")}
        />
      </Field>
      <div className="grid gap-3 md:grid-cols-2">
        <Field id={`${prefix}-source`} label="Source" error={errors.source?.message}>
          <Input id={`${prefix}-source`} {...form.register("source")} />
        </Field>
        <Field id={`${prefix}-url`} label="Source link" error={errors.sourceUrl?.message}>
          <Input
            id={`${prefix}-url`}
            type="url"
            aria-invalid={!!errors.sourceUrl}
            {...form.register("sourceUrl")}
          />
        </Field>
      </div>
      <Controller
        control={form.control}
        name="members"
        render={({ field }) => (
          <MultiSelect
            label="Member countries"
            options={options}
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.members?.message}
            placeholder="Search by name, code or region"
            testId={`${prefix}-members`}
          />
        )}
      />
      <div className="flex items-center gap-2">
        <Button type="submit" disabled={isSubmitting || (!!id && !isDirty)}>
          {isSubmitting ? "Saving…" : id ? "Save group" : "Create group"}
        </Button>
        {errors.root && (
          <p
            role="alert"
            className="text-sm text-red-700 dark:text-red-400"
            data-testid="group-error"
          >
            {errors.root.message}
          </p>
        )}
      </div>
    </form>
  );
}
