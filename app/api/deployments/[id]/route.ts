import { db } from "@/lib/server/db/client";
import { itemRoutes } from "@/lib/server/inventory/item-routes";
import { setDeploymentArchived } from "@/lib/server/inventory/set-deployment-archived";
import { toFormValues } from "@/lib/server/inventory/to-form-values";
import { updateDeployment } from "@/lib/server/inventory/update-deployment";
import { deploymentUpdateSchema } from "@/lib/validation/inventory";

export const { GET, PATCH, DELETE } = itemRoutes({
  entity: "deployment",
  label: "deployment",
  find: (id) => db.deployment.findUnique({ where: { id }, include: { reach: true } }),
  toForm: toFormValues.deployment,
  updateSchema: deploymentUpdateSchema,
  update: (actorId, input) => updateDeployment(db, actorId, input),
  setArchived: (actorId, input) => setDeploymentArchived(db, actorId, input),
});
