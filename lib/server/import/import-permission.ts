import type { Entity } from "@/lib/auth/permissions";
import type { ImportEntity } from "@/lib/import/columns";

/** The permission an import of `entity` needs: "import" on the singular entity. */
export function importPermission(entity: ImportEntity): ["import", Entity] {
  const singular: Record<ImportEntity, Entity> = {
    vendors: "vendor",
    models: "model",
    deployments: "deployment",
  };
  return ["import", singular[entity]];
}
