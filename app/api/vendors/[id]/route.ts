import { db } from "@/lib/server/db/client";
import { itemRoutes } from "@/lib/server/inventory/item-routes";
import { setVendorArchived } from "@/lib/server/inventory/set-vendor-archived";
import { toFormValues } from "@/lib/server/inventory/to-form-values";
import { updateVendor } from "@/lib/server/inventory/update-vendor";
import { vendorUpdateSchema } from "@/lib/validation/inventory";

export const { GET, PATCH, DELETE } = itemRoutes({
  entity: "vendor",
  label: "vendor",
  find: (id) => db.vendor.findUnique({ where: { id } }),
  toForm: toFormValues.vendor,
  updateSchema: vendorUpdateSchema,
  update: (actorId, input) => updateVendor(db, actorId, input),
  setArchived: (actorId, input) => setVendorArchived(db, actorId, input),
});
