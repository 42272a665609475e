/**
 * Writes the validated rows of one import inside the caller's transaction: batched inserts for
 * new rows, version-checked updates for changed ones, nothing for unchanged ones; deployment reach
 * recomputed where the placement is new or changed; audit events (see writeImportAudit).
 */
import { randomUUID } from "node:crypto";
import type { ImportEntity } from "@/lib/import/columns";
import { computeReach } from "@/lib/reference/cloud-regions";
import type { ProcessingScope } from "@/lib/domain/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";
import { ConflictError } from "@/lib/server/errors";
import type { RowResult, Values } from "./import-types";
import { writeDeploymentUpdates } from "./write-deployment-updates";
import { insertJsonRows, insertReach, type ColumnTypes } from "./insert-json-rows";

const DEPLOYMENT_COLUMNS: ColumnTypes = {
  id: "text",
  ref: "text",
  modelId: "text",
  jurisdictionCode: "text",
  cloudProvider: "text",
  cloudRegion: "text",
  processingScope: '"ProcessingScope"',
  businessUnit: "text",
  useCase: "text",
  dataSensitivity: "int",
  businessCriticality: "int",
  users: "int",
  status: '"DeploymentStatus"',
  goLiveDate: "date",
  fallbackModelId: "text",
};

/** Rows per write, and so per progress step. */
export const WRITE_BATCH = 2_000;

const DATE_FIELDS = new Set(["releaseDate", "goLiveDate"]);
const PLACEMENT = ["cloudProvider", "cloudRegion", "processingScope"];

/** Values as Prisma takes them: YYYY-MM-DD strings become Date at midnight UTC. */
function toData(values: Values, fields: Iterable<string> = Object.keys(values)) {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f];
    data[f] = DATE_FIELDS.has(f) && typeof v === "string" ? new Date(`${v}T00:00:00Z`) : v;
  }
  return data;
}

async function inBatches<T>(
  items: T[],
  write: (batch: T[]) => Promise<unknown>,
  onBatch: (n: number) => void,
) {
  for (let i = 0; i < items.length; i += WRITE_BATCH) {
    const batch = items.slice(i, i + WRITE_BATCH);
    await write(batch);
    onBatch(batch.length);
  }
}

function reachOf(id: string, v: Values) {
  const scope = v.processingScope as ProcessingScope;
  return { id, codes: computeReach(String(v.cloudProvider), String(v.cloudRegion), scope) };
}

export interface CommitResult {
  /** natural key → id of every created or updated row */
  ids: Map<string, string>;
}

/** `rows` must all be valid; `onProgress` receives the number of rows just written. */
export async function commitImport(
  tx: Tx,
  entity: ImportEntity,
  rows: RowResult[],
  onProgress: (written: number) => void,
): Promise<CommitResult> {
  const creates = rows.filter((r) => r.action === "create");
  const updates = rows.filter((r) => r.action === "update");
  const ids = new Map<string, string>();
  for (const r of creates) ids.set(r.key, randomUUID());
  for (const r of updates) ids.set(r.key, r.existing!.id);
  const withId = (r: RowResult) => ({ id: ids.get(r.key)!, ...toData(r.values!) });

  if (entity === "vendors") {
    await inBatches(
      creates,
      (b) => tx.vendor.createMany({ data: b.map(withId) as Prisma.VendorCreateManyInput[] }),
      onProgress,
    );
  } else if (entity === "models") {
    await inBatches(
      creates,
      (b) => tx.aiModel.createMany({ data: b.map(withId) as Prisma.AiModelCreateManyInput[] }),
      onProgress,
    );
  } else {
    await inBatches(
      creates,
      async (b) => {
        const rows = b.map((r) => ({ ...r.values, id: ids.get(r.key)! }));
        await insertJsonRows(tx, "Deployment", DEPLOYMENT_COLUMNS, rows, { updatedAt: "now()" });
        await insertReach(
          tx,
          b.map((r) => reachOf(ids.get(r.key)!, r.values!)),
        );
      },
      onProgress,
    );
  }

  if (entity === "deployments") {
    await inBatches(
      updates,
      async (b) => {
        await writeDeploymentUpdates(tx, b);
        const moved = b.filter((r) => r.changed.some((f) => PLACEMENT.includes(f)));
        if (moved.length === 0) return;
        await tx.deploymentReach.deleteMany({
          where: { deploymentId: { in: moved.map((r) => r.existing!.id) } },
        });
        await insertReach(
          tx,
          moved.map((r) => reachOf(r.existing!.id, r.values!)),
        );
      },
      onProgress,
    );
  } else {
    // Vendors and models number in the hundreds at most: a version-checked update per row is fine.
    const delegate = (entity === "vendors" ? tx.vendor : tx.aiModel) as unknown as {
      updateMany(args: {
        where: { id: string; version: number };
        data: Record<string, unknown>;
      }): Promise<{ count: number }>;
    };
    for (const r of updates) {
      const { count } = await delegate.updateMany({
        where: { id: r.existing!.id, version: r.existing!.version },
        data: { ...toData(r.values!, r.changed), version: { increment: 1 } },
      });
      if (count !== 1)
        throw new ConflictError(
          `"${r.key.replace("\u0000", " / ")}" was changed by someone else while importing. Nothing was imported; upload the file again.`,
        );
    }
    onProgress(updates.length);
  }
  return { ids };
}
