"use client";

import { EntityForm } from "@/components/forms/entity-form";
import type { VendorFormValues } from "@/lib/server/inventory/to-form-values";
import {
  createVendorAction,
  loadVendorAction,
  updateVendorAction,
} from "@/app/(app)/vendors/actions";
import type { Country } from "./field-options";
import { vendorForm } from "./vendor-fields";

const actions = { create: createVendorAction, update: updateVendorAction, load: loadVendorAction };

export function VendorForm({
  initial,
  ...context
}: {
  initial?: VendorFormValues;
  countries: Country[];
}) {
  return <EntityForm spec={vendorForm} context={context} initial={initial} actions={actions} />;
}
