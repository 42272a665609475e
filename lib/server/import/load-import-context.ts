import type { ImportEntity } from "@/lib/import/columns";
import type { Tx } from "@/lib/server/db/create-client";
import { modelKey, type ExistingRow, type ImportContext } from "./import-types";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Reads, in a handful of queries, everything validation looks up: all countries, vendor and model
 * natural keys, and the stored rows under the keys the file uses. `keys` are the file's natural
 * keys (deployment refs), so a 10k-row file never loads the whole deployment table.
 */
export async function loadImportContext(
  db: Tx,
  entity: ImportEntity,
  refs: string[] = [],
): Promise<ImportContext> {
  const [jurisdictions, vendors] = await Promise.all([
    db.jurisdiction.findMany({ select: { code: true } }),
    db.vendor.findMany(),
  ]);
  const countries = new Set(jurisdictions.map((j) => j.code));
  const vendorIds = new Map(vendors.map((v) => [v.name, v.id]));
  const vendorNames = new Map(vendors.map((v) => [v.id, v.name]));
  const existing = new Map<string, ExistingRow>();
  const modelIds = new Map<string, string>();

  if (entity === "vendors") {
    for (const v of vendors)
      existing.set(v.name, {
        id: v.id,
        version: v.version,
        values: {
          name: v.name,
          hqCode: v.hqCode,
          website: v.website,
          status: v.status,
          owner: v.owner,
          notes: v.notes,
        },
      });
    return { countries, vendorIds, modelIds, existing };
  }

  const models = await db.aiModel.findMany();
  for (const m of models) {
    const key = modelKey(vendorNames.get(m.vendorId) ?? "", m.name);
    modelIds.set(key, m.id);
    if (entity === "models")
      existing.set(key, {
        id: m.id,
        version: m.version,
        values: {
          vendorId: m.vendorId,
          name: m.name,
          modelVersion: m.modelVersion,
          originCode: m.originCode,
          weights: m.weights,
          trainingComputeFlop: m.trainingComputeFlop,
          computeSource: m.computeSource,
          capabilityClass: m.capabilityClass,
          modality: m.modality,
          releaseDate: isoDate(m.releaseDate),
          exportClassification: m.exportClassification,
        },
      });
  }
  if (entity === "deployments" && refs.length > 0) {
    const deployments = await db.deployment.findMany({ where: { ref: { in: refs } } });
    for (const d of deployments)
      existing.set(d.ref, {
        id: d.id,
        version: d.version,
        values: {
          ref: d.ref,
          modelId: d.modelId,
          jurisdictionCode: d.jurisdictionCode,
          cloudProvider: d.cloudProvider,
          cloudRegion: d.cloudRegion,
          processingScope: d.processingScope,
          businessUnit: d.businessUnit,
          useCase: d.useCase,
          dataSensitivity: d.dataSensitivity,
          businessCriticality: d.businessCriticality,
          users: d.users,
          status: d.status,
          goLiveDate: isoDate(d.goLiveDate),
          fallbackModelId: d.fallbackModelId,
        },
      });
  }
  return { countries, vendorIds, modelIds, existing };
}
