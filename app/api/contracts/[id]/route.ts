import { db } from "@/lib/server/db/client";
import { itemRoutes } from "@/lib/server/inventory/item-routes";
import { setContractArchived } from "@/lib/server/inventory/set-contract-archived";
import { toFormValues } from "@/lib/server/inventory/to-form-values";
import { updateContract } from "@/lib/server/inventory/update-contract";
import { contractUpdateSchema } from "@/lib/validation/inventory";

export const { GET, PATCH, DELETE } = itemRoutes({
  entity: "contract",
  label: "contract",
  find: (id) => db.contract.findUnique({ where: { id }, include: { clauses: true } }),
  toForm: toFormValues.contract,
  updateSchema: contractUpdateSchema,
  update: (actorId, input) => updateContract(db, actorId, input),
  setArchived: (actorId, input) => setContractArchived(db, actorId, input),
});
