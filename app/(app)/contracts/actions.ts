"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { createContract } from "@/lib/server/inventory/create-contract";
import { setContractArchived } from "@/lib/server/inventory/set-contract-archived";
import { toFormValues } from "@/lib/server/inventory/to-form-values";
import { updateContract } from "@/lib/server/inventory/update-contract";
import {
  contractFieldsSchema,
  contractUpdateSchema,
  idOnlySchema,
  setArchivedSchema,
} from "@/lib/validation/inventory";

export const createContractAction = defineAction(
  { permission: ["create", "contract"], schema: contractFieldsSchema },
  async (input, actor) => {
    const row = await createContract(db, actor.id, input);
    revalidatePath("/contracts");
    return { id: row.id };
  },
);

export const updateContractAction = defineAction(
  { permission: ["update", "contract"], schema: contractUpdateSchema },
  async (input, actor) => {
    const row = await updateContract(db, actor.id, input);
    revalidatePath("/contracts");
    return { id: row.id, version: row.version };
  },
);

export const setContractArchivedAction = defineAction(
  { permission: ["archive", "contract"], schema: setArchivedSchema },
  async (input, actor) => {
    const row = await setContractArchived(db, actor.id, input);
    revalidatePath("/contracts");
    return { id: row.id, version: row.version };
  },
);

/** The row's current values, for an edit form that was refused as stale ("Reload latest"). */
export const loadContractAction = defineAction(
  { permission: ["update", "contract"], schema: idOnlySchema },
  async ({ id }) => {
    const row = await db.contract.findUnique({ where: { id } });
    if (!row) throw new NotFoundError("This contract no longer exists.");
    return toFormValues.contract(row);
  },
);
