"use client";

import { EntityForm } from "@/components/forms/entity-form";
import type { DeploymentFormValues } from "@/lib/server/inventory/to-form-values";
import {
  createDeploymentAction,
  loadDeploymentAction,
  updateDeploymentAction,
} from "@/app/(app)/deployments/actions";
import { deploymentForm } from "./deployment-fields";
import type { Country, Named } from "./field-options";

const actions = {
  create: createDeploymentAction,
  update: updateDeploymentAction,
  load: loadDeploymentAction,
};

export function DeploymentForm({
  initial,
  ...context
}: {
  initial?: DeploymentFormValues;
  models: Named[];
  countries: Country[];
  defaultModelId?: string;
}) {
  return <EntityForm spec={deploymentForm} context={context} initial={initial} actions={actions} />;
}
