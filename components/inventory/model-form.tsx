"use client";

import { EntityForm } from "@/components/forms/entity-form";
import type { ModelFormValues } from "@/lib/server/inventory/to-form-values";
import { createModelAction, loadModelAction, updateModelAction } from "@/app/(app)/models/actions";
import type { Country, Named } from "./field-options";
import { modelForm } from "./model-fields";

const actions = { create: createModelAction, update: updateModelAction, load: loadModelAction };

export function ModelForm({
  initial,
  ...context
}: {
  initial?: ModelFormValues;
  vendors: Named[];
  countries: Country[];
  defaultVendorId?: string;
}) {
  return <EntityForm spec={modelForm} context={context} initial={initial} actions={actions} />;
}
