"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";

interface Common<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
}

function errorOf<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>) {
  const error = form.formState.errors[name];
  return typeof error?.message === "string" ? error.message : undefined;
}

/** A labelled input bound to react-hook-form, its error announced and linked to the control. */
export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  type = "text",
  placeholder,
}: Common<T> & { type?: string; placeholder?: string }) {
  const error = errorOf(form, name);
  return (
    <Field id={`f-${name}`} label={label} error={error} hint={hint}>
      <Input
        id={`f-${name}`}
        type={type}
        placeholder={placeholder}
        aria-invalid={!!error}
        aria-describedby={error ? `f-${name}-error` : undefined}
        {...form.register(name)}
      />
    </Field>
  );
}

export function TextAreaField<T extends FieldValues>({ form, name, label, hint }: Common<T>) {
  const error = errorOf(form, name);
  return (
    <Field id={`f-${name}`} label={label} error={error} hint={hint}>
      <Textarea
        id={`f-${name}`}
        aria-invalid={!!error}
        aria-describedby={error ? `f-${name}-error` : undefined}
        {...form.register(name)}
      />
    </Field>
  );
}

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  options,
  empty,
}: Common<T> & { options: { value: string; label: string }[]; empty?: string }) {
  const error = errorOf(form, name);
  return (
    <Field id={`f-${name}`} label={label} error={error} hint={hint}>
      <Select
        id={`f-${name}`}
        aria-invalid={!!error}
        aria-describedby={error ? `f-${name}-error` : undefined}
        {...form.register(name)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
