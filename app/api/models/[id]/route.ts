import { db } from "@/lib/server/db/client";
import { itemRoutes } from "@/lib/server/inventory/item-routes";
import { setModelArchived } from "@/lib/server/inventory/set-model-archived";
import { toFormValues } from "@/lib/server/inventory/to-form-values";
import { updateModel } from "@/lib/server/inventory/update-model";
import { modelUpdateSchema } from "@/lib/validation/inventory";

export const { GET, PATCH, DELETE } = itemRoutes({
  entity: "model",
  label: "model",
  find: (id) => db.aiModel.findUnique({ where: { id } }),
  toForm: toFormValues.model,
  updateSchema: modelUpdateSchema,
  update: (actorId, input) => updateModel(db, actorId, input),
  setArchived: (actorId, input) => setModelArchived(db, actorId, input),
});
