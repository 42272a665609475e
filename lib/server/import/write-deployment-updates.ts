import type { Tx } from "@/lib/server/db/create-client";
import { ConflictError } from "@/lib/server/errors";
import type { RowResult } from "./import-types";

/**
 * Updates many deployments with one UPDATE … FROM jsonb_to_recordset(…) per batch: per-row Prisma
 * updates cost a round trip each, too slow for a 10,000-row file. Every row names the version
 * validation read; a row changed meanwhile matches nothing and the whole import rolls back.
 */
export async function writeDeploymentUpdates(tx: Tx, rows: RowResult[]): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((r) => ({ ...r.values, id: r.existing!.id, version: r.existing!.version })),
  );
  const count = await tx.$executeRaw`
    UPDATE "Deployment" AS d SET
      "modelId" = v."modelId", "jurisdictionCode" = v."jurisdictionCode",
      "cloudProvider" = v."cloudProvider", "cloudRegion" = v."cloudRegion",
      "processingScope" = v."processingScope", "businessUnit" = v."businessUnit",
      "useCase" = v."useCase", "dataSensitivity" = v."dataSensitivity",
      "businessCriticality" = v."businessCriticality", "users" = v."users", "status" = v."status",
      "goLiveDate" = v."goLiveDate", "fallbackModelId" = v."fallbackModelId",
      "version" = d."version" + 1, "updatedAt" = now()
    FROM jsonb_to_recordset(${json}::jsonb) AS v(id text, version int, "modelId" text,
      "jurisdictionCode" text, "cloudProvider" text, "cloudRegion" text,
      "processingScope" "ProcessingScope", "businessUnit" text, "useCase" text,
      "dataSensitivity" int, "businessCriticality" int, "users" int, "status" "DeploymentStatus",
      "goLiveDate" date, "fallbackModelId" text)
    WHERE d.id = v.id AND d."version" = v.version`;
  if (count !== rows.length)
    throw new ConflictError(
      "Some deployments in the file were changed by someone else while importing. Nothing was imported; upload the file again to see the current state.",
    );
}
