"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db/client";
import { createGroup } from "@/lib/server/groups/create-group";
import { deleteGroup } from "@/lib/server/groups/delete-group";
import { updateGroup } from "@/lib/server/groups/update-group";
import { createGroupSchema, deleteGroupSchema, updateGroupSchema } from "@/lib/validation/group";

export const createGroupAction = defineAction(
  { permission: ["create", "countryGroup"], schema: createGroupSchema },
  async (input, actor) => {
    const group = await createGroup(db, actor.id, input);
    revalidatePath("/groups");
    return { id: group.id };
  },
);

export const updateGroupAction = defineAction(
  { permission: ["update", "countryGroup"], schema: updateGroupSchema },
  async (input, actor) => {
    const group = await updateGroup(db, actor.id, input);
    revalidatePath("/", "layout");
    return { id: group.id, version: group.version };
  },
);

export const deleteGroupAction = defineAction(
  { permission: ["archive", "countryGroup"], schema: deleteGroupSchema },
  async (input, actor) => {
    await deleteGroup(db, actor.id, input.id);
    revalidatePath("/groups");
    return { id: input.id };
  },
);
