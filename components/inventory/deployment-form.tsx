"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { SelectField, TextField } from "@/components/forms/form-fields";
import { useVersionedForm } from "@/components/forms/use-versioned-form";
import { DEPLOYMENT_STATUSES, PROCESSING_SCOPES } from "@/lib/domain/types";
import { titleCase } from "@/lib/format";
import {
  CLOUD_PROVIDERS,
  computeReach,
  zoneNamesOf,
  isCloudProvider,
  regionsOf,
  supportsScope,
  SCOPE_NAMES,
} from "@/lib/reference/cloud-regions";
import { deploymentFieldsSchema } from "@/lib/validation/inventory";
import type { DeploymentFormValues } from "@/lib/server/inventory/to-form-values";
import {
  createDeploymentAction,
  loadDeploymentAction,
  updateDeploymentAction,
} from "@/app/(app)/deployments/actions";

type Values = z.input<typeof deploymentFieldsSchema> & { id?: string; version?: number };

const LABELS: Record<string, string> = {
  ref: "Reference",
  modelId: "Model",
  jurisdictionCode: "Country served",
  cloudProvider: "Cloud provider",
  cloudRegion: "Cloud region",
  processingScope: "Processing scope",
  businessUnit: "Business unit",
  useCase: "Use case",
  dataSensitivity: "Data sensitivity (1–5)",
  businessCriticality: "Business criticality (1–5)",
  users: "Users",
  status: "Status",
  goLiveDate: "Go-live date",
  fallbackModelId: "Fallback model",
  licensedCodes: "Licences held",
};

const LEVELS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

/** Where processing may go, in names: the zones a ZONE scope uses, then the countries reached. */
function reachPreview(
  provider: string,
  region: string,
  scope: string,
  names: Map<string, string>,
): string | null {
  try {
    if (!isCloudProvider(provider) || !region) return null;
    const codes = computeReach(provider, region, scope as (typeof PROCESSING_SCOPES)[number]);
    const countries =
      codes.length > 12
        ? `${codes.length} countries`
        : codes.map((code) => names.get(code) ?? code).join(", ");
    const zones = scope === "ZONE" ? zoneNamesOf(provider, region) : [];
    return zones.length
      ? `Processing zones: ${zones.join(", ")}. Processing may reach: ${countries}`
      : `Processing may reach: ${countries}`;
  } catch {
    return null;
  }
}

export function DeploymentForm({
  initial,
  models,
  countries,
  defaultModelId,
}: {
  initial?: DeploymentFormValues;
  models: { id: string; name: string }[];
  countries: { code: string; name: string }[];
  defaultModelId?: string;
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof deploymentFieldsSchema>>({
    resolver: zodResolver(deploymentFieldsSchema),
    defaultValues: initial ?? {
      ref: "",
      modelId: defaultModelId ?? "",
      jurisdictionCode: "",
      cloudProvider: "AZURE",
      cloudRegion: "",
      processingScope: "REGIONAL",
      businessUnit: "",
      useCase: "",
      dataSensitivity: "3",
      businessCriticality: "3",
      users: "0",
      status: "PLANNED",
      goLiveDate: "",
      fallbackModelId: "",
      licensedCodes: "",
    },
  });
  const versioned = useVersionedForm(form, () => loadDeploymentAction({ id: initial!.id }));
  const [provider, region, scope] = useWatch({
    control: form.control,
    name: ["cloudProvider", "cloudRegion", "processingScope"],
  });
  const regions = isCloudProvider(provider) ? regionsOf(provider) : [];
  const scopes = PROCESSING_SCOPES.filter((s) => !region || supportsScope(provider, region, s));
  const countryNames = new Map(countries.map((c) => [c.code, c.name]));
  const reach = reachPreview(provider, region, scope, countryNames);
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    const id = initial?.id;
    const result = id
      ? await updateDeploymentAction({ ...values, id, version: form.getValues("version")! })
      : await createDeploymentAction(values);
    if (!result.ok) return versioned.handleError(result);
    toast.success(id ? `Saved ${values.ref}` : `Created deployment ${values.ref}`);
    router.push(`/deployments/${result.data.id}`);
  });
  const modelOptions = models.map((m) => ({ value: m.id, label: m.name }));
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <ConflictNotice {...versioned} onReload={versioned.reloadLatest} labels={LABELS} />
      </div>
      <TextField form={form} name="ref" label={LABELS.ref} placeholder="DEP-0042" />
      <SelectField
        form={form}
        name="modelId"
        label={LABELS.modelId}
        empty="Choose a model"
        options={modelOptions}
      />
      <SelectField
        form={form}
        name="jurisdictionCode"
        label={LABELS.jurisdictionCode}
        empty="Choose a country"
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <Field
        id="f-cloudProvider"
        label={LABELS.cloudProvider}
        error={errors.cloudProvider?.message}
      >
        <Select
          id="f-cloudProvider"
          aria-invalid={!!errors.cloudProvider}
          {...form.register("cloudProvider", { onChange: () => form.setValue("cloudRegion", "") })}
        >
          {CLOUD_PROVIDERS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="f-cloudRegion" label={LABELS.cloudRegion} error={errors.cloudRegion?.message}>
        <Select
          id="f-cloudRegion"
          aria-invalid={!!errors.cloudRegion}
          {...form.register("cloudRegion", {
            onChange: (e) => {
              if (!supportsScope(provider, e.target.value, scope))
                form.setValue("processingScope", "REGIONAL");
            },
          })}
        >
          <option value="">Choose a region</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label} ({r.id})
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="f-processingScope"
        label={LABELS.processingScope}
        error={errors.processingScope?.message}
        hint={reach ?? undefined}
      >
        <Select
          id="f-processingScope"
          aria-invalid={!!errors.processingScope}
          {...form.register("processingScope")}
        >
          {scopes.map((s) => (
            <option key={s} value={s}>
              {SCOPE_NAMES[s]}
            </option>
          ))}
        </Select>
      </Field>
      <TextField form={form} name="businessUnit" label={LABELS.businessUnit} />
      <TextField form={form} name="useCase" label={LABELS.useCase} />
      <SelectField
        form={form}
        name="dataSensitivity"
        label={LABELS.dataSensitivity}
        options={LEVELS}
      />
      <SelectField
        form={form}
        name="businessCriticality"
        label={LABELS.businessCriticality}
        options={LEVELS}
      />
      <TextField form={form} name="users" label={LABELS.users} type="number" />
      <SelectField
        form={form}
        name="status"
        label={LABELS.status}
        options={DEPLOYMENT_STATUSES.map((s) => ({ value: s, label: titleCase(s) }))}
      />
      <TextField form={form} name="goLiveDate" label={LABELS.goLiveDate} type="date" />
      <SelectField
        form={form}
        name="fallbackModelId"
        label={LABELS.fallbackModelId}
        empty="None"
        options={modelOptions}
      />
      <TextField
        form={form}
        name="licensedCodes"
        label={LABELS.licensedCodes}
        placeholder="e.g. CN, AE"
        hint="Countries where you hold the licence a rule asks for (two-letter codes). Access there then counts as licensed, with no compliance finding."
      />
      {errors.root && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2 dark:text-red-400">
          {errors.root.message}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : initial ? "Save changes" : "Create deployment"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
