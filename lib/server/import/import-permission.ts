import type { Entity } from "@/lib/auth/permissions";
import { isImportEntity, type ImportEntity } from "@/lib/import/columns";
import { NotFoundError } from "@/lib/server/errors";

/** The permission an import of `entity` needs: "import" on the singular entity. */
export function importPermission(entity: ImportEntity): ["import", Entity] {
  const singular: Record<ImportEntity, Entity> = {
    vendors: "vendor",
    models: "model",
    deployments: "deployment",
  };
  return ["import", singular[entity]];
}

/** The entity an `/api/import/[entity]…` path names; anything else is not found. */
export function importEntityOf(params: Record<string, string>): ImportEntity {
  const entity = params.entity ?? "";
  if (!isImportEntity(entity))
    throw new NotFoundError(`Nothing called "${entity}" can be imported.`);
  return entity;
}

/** For the import routes: the permission their path's entity needs. */
export const importRoutePermission = (params: Record<string, string>) =>
  importPermission(importEntityOf(params));
