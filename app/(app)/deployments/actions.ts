"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { createDeployment } from "@/lib/server/inventory/create-deployment";
import { setDeploymentArchived } from "@/lib/server/inventory/set-deployment-archived";
import { toFormValues } from "@/lib/server/inventory/to-form-values";
import { updateDeployment } from "@/lib/server/inventory/update-deployment";
import {
  deploymentFieldsSchema,
  deploymentUpdateSchema,
  idOnlySchema,
  setArchivedSchema,
} from "@/lib/validation/inventory";

export const createDeploymentAction = defineAction(
  { permission: ["create", "deployment"], schema: deploymentFieldsSchema },
  async (input, actor) => {
    const row = await createDeployment(db, actor.id, input);
    revalidatePath("/deployments");
    return { id: row.id };
  },
);

export const updateDeploymentAction = defineAction(
  { permission: ["update", "deployment"], schema: deploymentUpdateSchema },
  async (input, actor) => {
    const row = await updateDeployment(db, actor.id, input);
    revalidatePath("/deployments");
    return { id: row.id, version: row.version };
  },
);

export const setDeploymentArchivedAction = defineAction(
  { permission: ["archive", "deployment"], schema: setArchivedSchema },
  async (input, actor) => {
    const row = await setDeploymentArchived(db, actor.id, input);
    revalidatePath("/deployments");
    return { id: row.id, version: row.version };
  },
);

/** The row's current values, for an edit form that was refused as stale ("Reload latest"). */
export const loadDeploymentAction = defineAction(
  { permission: ["update", "deployment"], schema: idOnlySchema },
  async ({ id }) => {
    const row = await db.deployment.findUnique({ where: { id } });
    if (!row) throw new NotFoundError("This deployment no longer exists.");
    return toFormValues.deployment(row);
  },
);
