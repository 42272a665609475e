"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { FieldControl } from "./field-control";
import type { FieldOption } from "./form-spec";

/** Single fields for forms not built from a spec (sign-in, groups, treatments…). */
interface Common<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
}

const bind = <T extends FieldValues>({ form, name, label, hint }: Common<T>) => ({
  form,
  field: { name, label, help: hint },
});

export function TextField<T extends FieldValues>({
  type = "text",
  placeholder,
  ...common
}: Common<T> & { type?: string; placeholder?: string }) {
  const { form, field } = bind(common);
  return <FieldControl form={form} field={{ ...field, kind: type, placeholder }} />;
}

export function TextAreaField<T extends FieldValues>(common: Common<T>) {
  const { form, field } = bind(common);
  return <FieldControl form={form} field={{ ...field, kind: "textarea" }} />;
}

export function SelectField<T extends FieldValues>({
  options,
  empty,
  ...common
}: Common<T> & { options: readonly FieldOption[]; empty?: string }) {
  const { form, field } = bind(common);
  return <FieldControl form={form} field={{ ...field, kind: "select", options, empty }} />;
}
