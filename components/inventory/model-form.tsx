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
import { CAPABILITY_CLASSES, MODEL_LICENCES, WEIGHTS } from "@/lib/domain/types";
import { MODEL_LICENCE_LABELS, WEIGHTS_LABELS } from "@/lib/reference/reference-status";
import { titleCase } from "@/lib/format";
import { MODALITIES, modelFieldsSchema } from "@/lib/validation/inventory";
import type { ModelFormValues } from "@/lib/server/inventory/to-form-values";
import { createModelAction, loadModelAction, updateModelAction } from "@/app/(app)/models/actions";

type Values = z.input<typeof modelFieldsSchema> & { id?: string; version?: number };

const LABELS: Record<string, string> = {
  vendorId: "Vendor",
  name: "Name",
  modelVersion: "Version",
  originCode: "Country of origin",
  weights: "Weights",
  licence: "Licence",
  licenceName: "Licence title",
  trainingComputeFlop: "Training compute (FLOP)",
  trainingComputeMinFlop: "At least (FLOP)",
  trainingComputeMaxFlop: "Known to be below (FLOP)",
  computeSource: "Source of the compute estimate",
  capabilityClass: "Capability class",
  modality: "Modality",
  releaseDate: "Release date",
  exportClassification: "Export classification",
};

export function ModelForm({
  initial,
  vendors,
  countries,
  defaultVendorId,
}: {
  initial?: ModelFormValues;
  vendors: { id: string; name: string }[];
  countries: { code: string; name: string }[];
  defaultVendorId?: string;
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof modelFieldsSchema>>({
    resolver: zodResolver(modelFieldsSchema),
    defaultValues: initial ?? {
      vendorId: defaultVendorId ?? "",
      name: "",
      modelVersion: "",
      originCode: "",
      weights: null,
      trainingComputeFlop: "",
      trainingComputeMinFlop: "",
      trainingComputeMaxFlop: "",
      computeSource: "",
      licence: null,
      licenceName: "",
      capabilityClass: "GENERAL",
      modality: "TEXT",
      releaseDate: "",
      exportClassification: "",
    },
  });
  const versioned = useVersionedForm(form, () => loadModelAction({ id: initial!.id }));
  const onSubmit = form.handleSubmit(async (values) => {
    const id = initial?.id;
    const result = id
      ? await updateModelAction({ ...values, id, version: form.getValues("version")! })
      : await createModelAction(values);
    if (!result.ok) return versioned.handleError(result);
    toast.success(id ? `Saved ${values.name}` : `Created model ${values.name}`);
    router.push(`/models/${result.data.id}`);
  });
  const unknown = "Unknown (assume the worst)";
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
      <TextField form={form} name="name" label={LABELS.name} />
      <TextField form={form} name="modelVersion" label={LABELS.modelVersion} />
      <SelectField
        form={form}
        name="originCode"
        label={LABELS.originCode}
        empty={unknown}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <SelectField
        form={form}
        name="weights"
        label={LABELS.weights}
        empty={unknown}
        options={WEIGHTS.map((w) => ({ value: w, label: WEIGHTS_LABELS[w] }))}
      />
      <SelectField
        form={form}
        name="licence"
        label={LABELS.licence}
        empty="Not recorded"
        options={MODEL_LICENCES.map((l) => ({ value: l, label: MODEL_LICENCE_LABELS[l] }))}
      />
      <TextField
        form={form}
        name="licenceName"
        label={LABELS.licenceName}
        placeholder="e.g. Apache-2.0, Llama 3.1 Community License"
      />
      <TextField
        form={form}
        name="trainingComputeFlop"
        label={LABELS.trainingComputeFlop}
        placeholder="e.g. 2e25"
        hint="Leave empty when unknown"
      />
      <TextField
        form={form}
        name="trainingComputeMinFlop"
        label={LABELS.trainingComputeMinFlop}
        placeholder="e.g. 3e26"
        hint="Lower end of the range, if known"
      />
      <TextField
        form={form}
        name="trainingComputeMaxFlop"
        label={LABELS.trainingComputeMaxFlop}
        placeholder="e.g. 1e25"
        hint="Upper end, or a bound that rules a small model out; with nothing known the worst case is assumed"
      />
      <TextField form={form} name="computeSource" label={LABELS.computeSource} />
      <SelectField
        form={form}
        name="capabilityClass"
        label={LABELS.capabilityClass}
        options={CAPABILITY_CLASSES.map((c) => ({ value: c, label: titleCase(c) }))}
      />
      <SelectField
        form={form}
        name="modality"
        label={LABELS.modality}
        options={MODALITIES.map((m) => ({ value: m, label: titleCase(m) }))}
      />
      <TextField form={form} name="releaseDate" label={LABELS.releaseDate} type="date" />
      <TextField
        form={form}
        name="exportClassification"
        label={LABELS.exportClassification}
        placeholder="e.g. 4E091"
      />
      {form.formState.errors.root && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2 dark:text-red-400">
          {form.formState.errors.root.message}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : initial ? "Save changes" : "Create model"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
