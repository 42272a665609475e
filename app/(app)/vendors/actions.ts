"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { createVendor } from "@/lib/server/inventory/create-vendor";
import { setVendorArchived } from "@/lib/server/inventory/set-vendor-archived";
import { toFormValues } from "@/lib/server/inventory/to-form-values";
import { updateVendor } from "@/lib/server/inventory/update-vendor";
import {
  vendorFieldsSchema,
  vendorUpdateSchema,
  idOnlySchema,
  setArchivedSchema,
} from "@/lib/validation/inventory";

export const createVendorAction = defineAction(
  { permission: ["create", "vendor"], schema: vendorFieldsSchema },
  async (input, actor) => {
    const row = await createVendor(db, actor.id, input);
    revalidatePath("/vendors");
    return { id: row.id };
  },
);

export const updateVendorAction = defineAction(
  { permission: ["update", "vendor"], schema: vendorUpdateSchema },
  async (input, actor) => {
    const row = await updateVendor(db, actor.id, input);
    revalidatePath("/vendors");
    return { id: row.id, version: row.version };
  },
);

export const setVendorArchivedAction = defineAction(
  { permission: ["archive", "vendor"], schema: setArchivedSchema },
  async (input, actor) => {
    const row = await setVendorArchived(db, actor.id, input);
    revalidatePath("/vendors");
    return { id: row.id, version: row.version };
  },
);

/** The row's current values, for an edit form that was refused as stale ("Reload latest"). */
export const loadVendorAction = defineAction(
  { permission: ["update", "vendor"], schema: idOnlySchema },
  async ({ id }) => {
    const row = await db.vendor.findUnique({ where: { id } });
    if (!row) throw new NotFoundError("This vendor no longer exists.");
    return toFormValues.vendor(row);
  },
);
