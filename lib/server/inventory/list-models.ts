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

export async function listModels(db: PrismaClient, state: ModelListState, all = false) {
  const where = modelWhere(state);
  const [rows, total] = await Promise.all([
    db.aiModel.findMany({
      where,
      orderBy: ORDER[state.sort](state.dir),
      skip: all ? undefined : offsetOf(state),
      take: all ? undefined : state.size,
      include: {
        vendor: { select: { name: true } },
        origin: { select: { name: true } },
        _count: { select: { deployments: { where: { archivedAt: null } } } },
      },
    }),
    db.aiModel.count({ where }),
  ]);
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
