"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db/client";
import { createUser } from "@/lib/server/users/create-user";
import { updateUser } from "@/lib/server/users/update-user";
import { createUserSchema, updateUserSchema } from "@/lib/validation/user";

export const createUserAction = defineAction(
  { permission: ["create", "user"], schema: createUserSchema },
  async (input, actor) => {
    const user = await createUser(db, actor.id, input);
    revalidatePath("/admin");
    return { id: user.id };
  },
);

export const updateUserAction = defineAction(
  { permission: ["update", "user"], schema: updateUserSchema },
  async (input, actor) => {
    const user = await updateUser(db, actor.id, input);
    revalidatePath("/admin");
    return { id: user.id, version: user.version };
  },
);
