"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ROLES, ROLE_LABELS } from "@/lib/auth/permissions";
import { createUserSchema } from "@/lib/validation/user";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { createUserAction } from "./actions";

type Values = z.input<typeof createUserSchema>;

export function CreateUserForm() {
  const form = useForm<Values>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: "", name: "", role: "VIEWER", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createUserAction(values);
    if (result.ok) {
      toast.success(`Created ${values.email}`);
      form.reset();
    } else applyServerErrors(form, result);
  });
  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      noValidate
    >
      <Field id="new-email" label="Email" error={errors.email?.message}>
        <Input
          id="new-email"
          type="email"
          aria-invalid={!!errors.email}
          {...form.register("email")}
        />
      </Field>
      <Field id="new-name" label="Name" error={errors.name?.message}>
        <Input id="new-name" aria-invalid={!!errors.name} {...form.register("name")} />
      </Field>
      <Field id="new-role" label="Role" error={errors.role?.message}>
        <Select id="new-role" {...form.register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="new-password"
        label="Initial password"
        error={errors.password?.message}
        hint="At least 12 characters"
      >
        <Input
          id="new-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.password}
          {...form.register("password")}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create user"}
      </Button>
      {errors.root && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2 lg:col-span-5">
          {errors.root.message}
        </p>
      )}
    </form>
  );
}
