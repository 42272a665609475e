"use client";

import type { InputHTMLAttributes } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { setupSchema, type SetupInput } from "@/lib/validation/setup";
import { setUpAction } from "./actions";

const CHOICES = [
  {
    value: "empty",
    label: "Start empty",
    hint: "For real use. Countries, country groups, the built-in policy scenarios and the risk methodology are ready; you add your vendors, models and deployments, or import them from a CSV file.",
  },
  {
    value: "demo",
    label: "Load the demo company",
    hint: "To explore: a fictional company's inventory of real vendors and models, 150 deployments and ten contracts. Start again empty later with npm run db:reset.",
  },
] as const;

type Form = UseFormReturn<SetupInput>;

/** A text field of this form, its error linked to the input. */
function TextField({
  form,
  name,
  label,
  hint,
  ...input
}: {
  form: Form;
  name: "name" | "email" | "password";
  label: string;
  hint?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "autoFocus">) {
  const id = `setup-${name}`;
  const error = form.formState.errors[name]?.message;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input
        id={id}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
        {...form.register(name)}
      />
    </Field>
  );
}

export function SetupForm() {
  const form = useForm<SetupInput>({
    resolver: zodResolver(setupSchema),
    defaultValues: { name: "", email: "", password: "", data: "empty" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await setUpAction(values);
    if (result && !result.ok) applyServerErrors(form, result);
  });
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <TextField form={form} name="name" label="Your name" autoComplete="name" autoFocus />
      <TextField form={form} name="email" label="Email" type="email" autoComplete="username" />
      <TextField
        form={form}
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters"
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-zinc-800 dark:text-zinc-200">
          How to start
        </legend>
        {CHOICES.map((c) => (
          <label
            key={c.value}
            className="flex cursor-pointer gap-3 rounded-md border border-zinc-200 p-3 has-[:checked]:border-sky-700 has-[:checked]:bg-sky-50 dark:border-zinc-700 dark:has-[:checked]:border-sky-500 dark:has-[:checked]:bg-sky-950"
          >
            <input type="radio" value={c.value} className="mt-1" {...form.register("data")} />
            <span className="flex flex-col gap-0.5">
              <span className="text-sm font-medium">{c.label}</span>
              <span className="text-xs text-zinc-600 dark:text-zinc-400">{c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {errors.root && (
        <p
          role="alert"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {errors.root.message}
        </p>
      )}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Setting up…" : "Create administrator and start"}
      </Button>
    </form>
  );
}
