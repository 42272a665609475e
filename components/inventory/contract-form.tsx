"use client";

import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { MultiSelect } from "@/components/forms/multi-select";
import { SelectField, TextField } from "@/components/forms/form-fields";
import { useVersionedForm } from "@/components/forms/use-versioned-form";
import { contractFieldsSchema } from "@/lib/validation/inventory";
import type { ContractFormValues } from "@/lib/server/inventory/to-form-values";
import {
  createContractAction,
  loadContractAction,
  updateContractAction,
} from "@/app/(app)/contracts/actions";

type Values = z.input<typeof contractFieldsSchema> & { id?: string; version?: number };

const LABELS: Record<string, string> = {
  vendorId: "Vendor",
  title: "Title",
  effectiveDate: "Effective from",
  expiryDate: "Expires on",
  governingLawCode: "Governing law",
  coverage: "Covers",
  coveredModelIds: "Covered models",
};

const COVERAGE_OPTIONS = [
  {
    value: "ALL_SERVICES",
    label: "All the counterparty's services (its API and, for a cloud, its cloud)",
  },
  {
    value: "MODEL_SERVICE",
    label: "Only the counterparty's cloud model service (e.g. Azure OpenAI)",
  },
  { value: "LISTED_MODELS", label: "Listed models, on any channel (a model licence)" },
];

export function ContractForm({
  initial,
  vendors,
  countries,
  models,
  defaultVendorId,
}: {
  initial?: ContractFormValues;
  vendors: { id: string; name: string }[];
  countries: { code: string; name: string }[];
  models: { id: string; name: string }[];
  defaultVendorId?: string;
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof contractFieldsSchema>>({
    resolver: zodResolver(contractFieldsSchema),
    defaultValues: initial ?? {
      vendorId: defaultVendorId ?? "",
      title: "",
      effectiveDate: "",
      expiryDate: "",
      governingLawCode: "",
      coverage: "ALL_SERVICES",
      coveredModelIds: [],
    },
  });
  const coverage = useWatch({ control: form.control, name: "coverage" });
  const versioned = useVersionedForm(form, () => loadContractAction({ id: initial!.id }));
  const onSubmit = form.handleSubmit(async (values) => {
    const id = initial?.id;
    const result = id
      ? await updateContractAction({ ...values, id, version: form.getValues("version")! })
      : await createContractAction(values);
    if (!result.ok) return versioned.handleError(result);
    toast.success(id ? `Saved ${values.title}` : `Created contract ${values.title}`);
    router.push(`/contracts/${result.data.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <ConflictNotice {...versioned} onReload={versioned.reloadLatest} labels={LABELS} />
      </div>
      <SelectField
        form={form}
        name="vendorId"
        label={LABELS.vendorId}
        empty="Choose a vendor"
        options={vendors.map((v) => ({ value: v.id, label: v.name }))}
      />
      <TextField form={form} name="title" label={LABELS.title} />
      <TextField form={form} name="effectiveDate" label={LABELS.effectiveDate} type="date" />
      <TextField
        form={form}
        name="expiryDate"
        label={LABELS.expiryDate}
        type="date"
        hint="Leave empty for no end date"
      />
      <SelectField
        form={form}
        name="governingLawCode"
        label={LABELS.governingLawCode}
        empty="Not stated"
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <div className="sm:col-span-2">
        <SelectField
          form={form}
          name="coverage"
          label={LABELS.coverage}
          hint="Deployments on the channel it covers earn its clauses' credit; others do not."
          options={COVERAGE_OPTIONS}
        />
      </div>
      {coverage === "LISTED_MODELS" && (
        <div className="sm:col-span-2">
          <Controller
            control={form.control}
            name="coveredModelIds"
            render={({ field, fieldState }) => (
              <MultiSelect
                label={LABELS.coveredModelIds}
                options={models.map((m) => ({ value: m.id, label: m.name }))}
                value={field.value ?? []}
                onChange={field.onChange}
                error={fieldState.error?.message}
                placeholder="Search models"
              />
            )}
          />
        </div>
      )}
      {form.formState.errors.root && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2 dark:text-red-400">
          {form.formState.errors.root.message}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : initial ? "Save changes" : "Create contract"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
