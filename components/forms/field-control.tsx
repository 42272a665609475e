"use client";

import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { fieldId, messageOf, type FieldSpec } from "./form-spec";
import { MultiSelect } from "./multi-select";

/**
 * One field of a spec, bound to react-hook-form: labelled, its error (or hint) linked to the control
 * with aria-describedby, aria-invalid while it has an error.
 */
export function FieldControl<T extends FieldValues, O>({
  form,
  field,
}: {
  form: UseFormReturn<T, unknown, O>;
  field: FieldSpec<T>;
}) {
  const id = fieldId(field.name);
  const { name } = field;
  const error = messageOf(form.getFieldState(name, form.formState).error);
  if (field.kind === "multiselect")
    return (
      <Controller
        control={form.control}
        name={name}
        render={({ field: bound }) => (
          <MultiSelect
            id={id}
            label={field.label}
            options={field.options ?? []}
            value={bound.value ?? []}
            onChange={bound.onChange}
            error={error}
            placeholder={field.placeholder}
          />
        )}
      />
    );

  const { onChange } = field;
  const control = {
    id,
    "aria-invalid": !!error,
    "aria-describedby": describedBy(id, { error, hint: field.help }),
    ...form.register(name, {
      onChange: onChange
        ? () => {
            for (const [key, value] of Object.entries(onChange(form.getValues())))
              form.setValue(key as Path<T>, value as T[Path<T>]);
          }
        : undefined,
    }),
  };
  return (
    <Field id={id} label={field.label} error={error} hint={field.help}>
      {field.kind === "textarea" ? (
        <Textarea {...control} />
      ) : field.kind === "select" ? (
        <Select {...control}>
          {field.empty !== undefined && <option value="">{field.empty}</option>}
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      ) : (
        <Input {...control} type={field.kind ?? "text"} placeholder={field.placeholder} />
      )}
    </Field>
  );
}
