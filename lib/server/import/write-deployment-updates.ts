import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";
import { ConflictError } from "@/lib/server/errors";
import type { RowResult } from "./import-types";

/**
 * Updates many deployments with one UPDATE … FROM (VALUES …) per batch: per-row Prisma updates
 * cost a round trip each, too slow for a 10,000-row file. Every row names the version validation
 * read; a row changed meanwhile matches nothing and the whole import rolls back.
 */
export async function writeDeploymentUpdates(tx: Tx, rows: RowResult[]): Promise<void> {
  if (rows.length === 0) return;
  const tuples = rows.map((r) => {
    const v = r.values!;
    return Prisma.sql`(${r.existing!.id}, ${r.existing!.version}::int, ${v.modelId}, ${v.jurisdictionCode},
      ${v.cloudProvider}, ${v.cloudRegion}, ${v.processingScope}, ${v.businessUnit}, ${v.useCase},
      ${v.dataSensitivity}::int, ${v.businessCriticality}::int, ${v.users}::int, ${v.status},
      ${v.goLiveDate}::date, ${v.fallbackModelId})`;
  });
  const count = await tx.$executeRaw`
    UPDATE "Deployment" AS d SET
      "modelId" = v.model_id, "jurisdictionCode" = v.country, "cloudProvider" = v.provider,
      "cloudRegion" = v.region, "processingScope" = v.scope::"ProcessingScope",
      "businessUnit" = v.unit, "useCase" = v.use_case, "dataSensitivity" = v.sensitivity,
      "businessCriticality" = v.criticality, "users" = v.users,
      "status" = v.status::"DeploymentStatus", "goLiveDate" = v.go_live,
      "fallbackModelId" = v.fallback, "version" = d."version" + 1, "updatedAt" = now()
    FROM (VALUES ${Prisma.join(tuples)}) AS v(id, version, model_id, country, provider, region,
      scope, unit, use_case, sensitivity, criticality, users, status, go_live, fallback)
    WHERE d.id = v.id AND d."version" = v.version`;
  if (count !== rows.length)
    throw new ConflictError(
      "Some deployments in the file were changed by someone else while importing. Nothing was imported; upload the file again to see the current state.",
    );
}
