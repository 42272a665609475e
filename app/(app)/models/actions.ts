"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { createModel } from "@/lib/server/inventory/create-model";
import { setModelArchived } from "@/lib/server/inventory/set-model-archived";
import { toFormValues } from "@/lib/server/inventory/to-form-values";
import { updateModel } from "@/lib/server/inventory/update-model";
import {
  modelFieldsSchema,
  modelUpdateSchema,
  idOnlySchema,
  setArchivedSchema,
} from "@/lib/validation/inventory";

export const createModelAction = defineAction(
  { permission: ["create", "model"], schema: modelFieldsSchema },
  async (input, actor) => {
    const row = await createModel(db, actor.id, input);
    revalidatePath("/models");
    return { id: row.id };
  },
);

export const updateModelAction = defineAction(
  { permission: ["update", "model"], schema: modelUpdateSchema },
  async (input, actor) => {
    const row = await updateModel(db, actor.id, input);
    revalidatePath("/models");
    return { id: row.id, version: row.version };
  },
);

export const setModelArchivedAction = defineAction(
  { permission: ["archive", "model"], schema: setArchivedSchema },
  async (input, actor) => {
    const row = await setModelArchived(db, actor.id, input);
    revalidatePath("/models");
    return { id: row.id, version: row.version };
  },
);

/** The row's current values, for an edit form that was refused as stale ("Reload latest"). */
export const loadModelAction = defineAction(
  { permission: ["update", "model"], schema: idOnlySchema },
  async ({ id }) => {
    const row = await db.aiModel.findUnique({ where: { id } });
    if (!row) throw new NotFoundError("This model no longer exists.");
    return toFormValues.model(row);
  },
);
