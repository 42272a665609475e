import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { CapabilityClass } from "@/lib/domain/types";
import { offsetOf } from "@/lib/list-state";
import type { ModelListState } from "@/lib/validation/inventory-lists";

export type ModelListRow = Awaited<ReturnType<typeof listModels>>["rows"][number];

export function modelWhere(state: ModelListState): Prisma.AiModelWhereInput {
  const { vendor, weights, capability, origin } = state.filters;
  const and: Prisma.AiModelWhereInput[] = [];
  if (weights.length) {
    const known = weights.filter((w): w is "OPEN" | "CLOSED" => w !== "UNKNOWN");
    and.push({
      OR: [
        ...(known.length ? [{ weights: { in: known } }] : []),
        ...(weights.includes("UNKNOWN") ? [{ weights: null }] : []),
      ],
    });
  }
  if (origin.length) {
    const known = origin.filter((o) => o !== "UNKNOWN");
    and.push({
      OR: [
        ...(known.length ? [{ originCode: { in: known } }] : []),
        ...(origin.includes("UNKNOWN") ? [{ originCode: null }] : []),
      ],
    });
  }
  if (state.q)
    and.push({
      OR: [
        { name: { contains: state.q, mode: "insensitive" } },
        { modelVersion: { contains: state.q, mode: "insensitive" } },
        { vendor: { name: { contains: state.q, mode: "insensitive" } } },
      ],
    });
  return {
    archivedAt: state.archived ? undefined : null,
    vendorId: vendor.length ? { in: vendor } : undefined,
    capabilityClass: capability.length ? { in: capability as CapabilityClass[] } : undefined,
    AND: and,
  };
}

const ORDER: Record<
  ModelListState["sort"],
  (dir: Prisma.SortOrder) => Prisma.AiModelOrderByWithRelationInput[]
> = {
  name: (dir) => [{ name: dir }, { id: "asc" }],
  vendor: (dir) => [{ vendor: { name: dir } }, { name: "asc" }],
  compute: (dir) => [{ trainingComputeFlop: { sort: dir, nulls: "last" } }, { name: "asc" }],
  releaseDate: (dir) => [{ releaseDate: { sort: dir, nulls: "last" } }, { name: "asc" }],
  updatedAt: (dir) => [{ updatedAt: dir }, { name: "asc" }],
};

/**
 * Current deployments per model, counted for the listed models only. (A relation `_count` with a
 * filter counts every model's deployments before it joins: 100,000 rows for a page of 25.)
 */
async function deploymentCounts(db: PrismaClient, modelIds: string[]) {
  if (!modelIds.length) return new Map<string, number>();
  const groups = await db.deployment.groupBy({
    by: ["modelId"],
    where: { modelId: { in: modelIds }, archivedAt: null },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.modelId, g._count._all]));
}

export async function listModels(db: PrismaClient, state: ModelListState, all = false) {
  const where = modelWhere(state);
  const [models, total] = await Promise.all([
    db.aiModel.findMany({
      where,
      orderBy: ORDER[state.sort](state.dir),
      skip: all ? undefined : offsetOf(state),
      take: all ? undefined : state.size,
      include: {
        vendor: { select: { name: true } },
        origin: { select: { name: true } },
      },
    }),
    db.aiModel.count({ where }),
  ]);
  const counts = await deploymentCounts(
    db,
    models.map((m) => m.id),
  );
  const rows = models.map((m) => ({ ...m, _count: { deployments: counts.get(m.id) ?? 0 } }));
  return {
    total,
    rows: rows.map((m) => ({
      id: m.id,
      name: m.name,
      vendorId: m.vendorId,
      vendorName: m.vendor.name,
      modelVersion: m.modelVersion,
      originCode: m.originCode,
      originName: m.origin?.name ?? null,
      weights: m.weights,
      trainingComputeFlop: m.trainingComputeFlop,
      capabilityClass: m.capabilityClass,
      modality: m.modality,
      releaseDate: m.releaseDate ? m.releaseDate.toISOString().slice(0, 10) : null,
      exportClassification: m.exportClassification,
      archived: m.archivedAt !== null,
      deployments: m._count.deployments,
    })),
  };
}
