"use client";

import { EntityForm } from "@/components/forms/entity-form";
import type { ContractFormValues } from "@/lib/server/inventory/to-form-values";
import {
  createContractAction,
  loadContractAction,
  updateContractAction,
} from "@/app/(app)/contracts/actions";
import { contractForm } from "./contract-fields";
import type { Country, Named } from "./field-options";

const actions = {
  create: createContractAction,
  update: updateContractAction,
  load: loadContractAction,
};

export function ContractForm({
  initial,
  ...context
}: {
  initial?: ContractFormValues;
  vendors: Named[];
  countries: Country[];
  models: Named[];
  defaultVendorId?: string;
}) {
  return <EntityForm spec={contractForm} context={context} initial={initial} actions={actions} />;
}
