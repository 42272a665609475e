"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { OUTCOMES } from "@/lib/domain/types";
import { titleCase } from "@/lib/format";
import { createScenarioSchema } from "@/lib/validation/scenario-actions";
import { createScenarioAction } from "./actions";

type Values = z.input<typeof createScenarioSchema>;

export function NewScenarioForm() {
  const router = useRouter();
  const form = useForm<Values>({
    resolver: zodResolver(createScenarioSchema),
    defaultValues: { name: "", description: "", defaultOutcome: "ALLOWED" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createScenarioAction(values);
    if (!result.ok) return applyServerErrors(form, result);
    toast.success(`Created “${values.name}”`);
    router.push(`/scenarios/${result.data.id}`);
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 sm:grid-cols-[2fr_3fr_1fr_auto] sm:items-end"
    >
      <Field id="new-scenario-name" label="Name" error={errors.name?.message}>
        <Input id="new-scenario-name" aria-invalid={!!errors.name} {...form.register("name")} />
      </Field>
      <Field id="new-scenario-description" label="Description" error={errors.description?.message}>
        <Input id="new-scenario-description" {...form.register("description")} />
      </Field>
      <Field id="new-scenario-default" label="Default outcome">
        <Select id="new-scenario-default" {...form.register("defaultOutcome")}>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {titleCase(o)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create scenario"}
      </Button>
      {errors.root && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-4">
          {errors.root.message}
        </p>
      )}
    </form>
  );
}
