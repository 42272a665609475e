"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { SelectField, TextAreaField, TextField } from "@/components/forms/form-fields";
import { useVersionedForm } from "@/components/forms/use-versioned-form";
import { titleCase } from "@/lib/format";
import { CLOUD_PROVIDERS } from "@/lib/reference/cloud-regions";
import { VENDOR_STATUSES, vendorFieldsSchema } from "@/lib/validation/inventory";
import type { VendorFormValues } from "@/lib/server/inventory/to-form-values";
import {
  createVendorAction,
  loadVendorAction,
  updateVendorAction,
} from "@/app/(app)/vendors/actions";

type Values = z.input<typeof vendorFieldsSchema> & { id?: string; version?: number };

const LABELS: Record<string, string> = {
  name: "Name",
  hqCode: "Headquarters",
  cloudProviderCode: "Runs the cloud",
  website: "Website",
  status: "Status",
  owner: "Relationship owner",
  notes: "Notes",
};

export function VendorForm({
  initial,
  countries,
}: {
  initial?: VendorFormValues;
  countries: { code: string; name: string }[];
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof vendorFieldsSchema>>({
    resolver: zodResolver(vendorFieldsSchema),
    defaultValues: initial ?? {
      name: "",
      hqCode: "",
      website: "",
      status: "ACTIVE",
      owner: "",
      notes: "",
      cloudProviderCode: "",
    },
  });
  const versioned = useVersionedForm(form, () => loadVendorAction({ id: initial!.id }));
  const onSubmit = form.handleSubmit(async (values) => {
    const id = initial?.id;
    const result = id
      ? await updateVendorAction({ ...values, id, version: form.getValues("version")! })
      : await createVendorAction(values);
    if (!result.ok) return versioned.handleError(result);
    toast.success(id ? `Saved ${values.name}` : `Created vendor ${values.name}`);
    router.push(`/vendors/${result.data.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <ConflictNotice {...versioned} onReload={versioned.reloadLatest} labels={LABELS} />
      </div>
      <TextField form={form} name="name" label={LABELS.name} />
      <SelectField
        form={form}
        name="hqCode"
        label={LABELS.hqCode}
        empty="Unknown"
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <TextField
        form={form}
        name="website"
        label={LABELS.website}
        type="url"
        placeholder="https://"
      />
      <SelectField
        form={form}
        name="status"
        label={LABELS.status}
        options={VENDOR_STATUSES.map((s) => ({ value: s, label: titleCase(s) }))}
      />
      <SelectField
        form={form}
        name="cloudProviderCode"
        label={LABELS.cloudProviderCode}
        empty="None"
        hint="Deployments on this cloud are delivered by this vendor and covered by its contracts."
        options={CLOUD_PROVIDERS.filter((p) => p.cloud).map((p) => ({
          value: p.id,
          label: p.label,
        }))}
      />
      <TextField form={form} name="owner" label={LABELS.owner} />
      <div className="sm:col-span-2">
        <TextAreaField form={form} name="notes" label={LABELS.notes} />
      </div>
      {form.formState.errors.root && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2 dark:text-red-400">
          {form.formState.errors.root.message}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : initial ? "Save changes" : "Create vendor"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
