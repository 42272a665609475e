import type { HTMLInputTypeAttribute } from "react";
import type { FieldValues, Path } from "react-hook-form";
import type { z } from "zod";

/**
 * A form as data: its schema, the values a new row starts from, and its fields in the order they
 * appear. `EntityForm` turns a spec into a working form (state, validation with the schema's own
 * messages, server errors on their fields, the stale-save conflict, the error summary and focus),
 * so a new entity costs a spec and a few lines binding it to its server actions.
 */

export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldSpec<T extends FieldValues> {
  name: Path<T>;
  label: string;
  /** An input type (default "text"), a textarea, a select, or a searchable multi-select. */
  kind?: HTMLInputTypeAttribute | "textarea" | "select" | "multiselect";
  options?: readonly FieldOption[];
  /** A select's "nothing chosen" option, e.g. "Choose a vendor"; none when absent. */
  empty?: string;
  /** A line under the field saying what to enter; the error takes its place when there is one. */
  help?: string;
  placeholder?: string;
  /** Takes the form's full width. */
  wide?: boolean;
  /** What else changes when this field does (a new cloud provider clears the region). */
  onChange?: (values: T) => Partial<T>;
}

export interface FormSpec<TIn extends FieldValues, TOut, Ctx> {
  schema: z.ZodType<TOut, TIn>;
  /** Names the entity on the create button and in the toasts: "vendor" → "Create vendor". */
  noun: string;
  /** Where a saved row is shown: `${path}/${id}`. */
  path: string;
  /** The saved row's name in the toast ("Saved Cohere"). */
  titleOf: (values: TOut) => string;
  /** A new row's values: what the form shows, and sends if submitted untouched. */
  empty: (ctx: Ctx) => TIn;
  /** The fields shown for these values, in page order (options may depend on other fields). */
  fields: (ctx: Ctx, values: TIn) => FieldSpec<TIn>[];
}

export const defineForm = <TIn extends FieldValues, TOut, Ctx>(spec: FormSpec<TIn, TOut, Ctx>) =>
  spec;

/** The id of a field's control; the error summary links to it, the error is `${id}-error`. */
export const fieldId = (name: string) => `f-${name}`;

/**
 * A field error's message. Errors on a list field sit on its items (the third country code of
 * "CN, RU, X"), so the first message found below the field speaks for it.
 */
export function messageOf(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const { message } = error as { message?: unknown };
  if (typeof message === "string" && message) return message;
  for (const nested of Object.values(error)) {
    const found = nested !== error && typeof nested === "object" ? messageOf(nested) : undefined;
    if (found) return found;
  }
  return undefined;
}

export interface FieldProblem {
  name: string;
  label: string;
  message: string;
}

/**
 * The form's problems in page order, as the error summary lists them; an error on a field the form
 * does not show (it should not happen) is listed last under its name rather than lost.
 */
export function problemsInOrder<T extends FieldValues>(
  fields: readonly FieldSpec<T>[],
  errors: Record<string, unknown>,
): FieldProblem[] {
  const shown = new Set<string>(fields.map((f) => f.name));
  const known = fields.flatMap((f) => {
    const message = messageOf(errors[f.name]);
    return message ? [{ name: f.name, label: f.label, message }] : [];
  });
  const unknown = Object.keys(errors)
    .filter((name) => name !== "root" && !shown.has(name))
    .flatMap((name) => {
      const message = messageOf(errors[name]);
      return message ? [{ name, label: name, message }] : [];
    });
  return [...known, ...unknown];
}
