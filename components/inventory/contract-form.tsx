"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ConflictNotice } from "@/components/forms/conflict-notice";
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
};

export function ContractForm({
  initial,
  vendors,
  countries,
  defaultVendorId,
}: {
  initial?: ContractFormValues;
  vendors: { id: string; name: string }[];
  countries: { code: string; name: string }[];
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
    },
  });
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
