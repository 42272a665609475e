import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Evaluation } from "@/lib/domain";
import { vendorIdsWithClauseGaps } from "@/lib/domain/overview/summarize-overview";
import { offsetOf } from "@/lib/list-state";
import type { VendorListState } from "@/lib/validation/inventory-lists";

export type VendorListRow = Awaited<ReturnType<typeof listVendors>>["rows"][number];

/**
 * `evaluation` answers the clause-gaps filter (contract terms in force at its date; any scenario
 * gives the same answer); without one that filter matches nothing.
 */
export function vendorWhere(
  state: VendorListState,
  evaluation: Evaluation | null = null,
): Prisma.VendorWhereInput {
  const { status, hq, gaps } = state.filters;
  return {
    id: gaps.length ? { in: evaluation ? vendorIdsWithClauseGaps(evaluation) : [] } : undefined,
    archivedAt: state.archived ? undefined : null,
    status: status.length
      ? { in: status as ("ACTIVE" | "UNDER_REVIEW" | "OFFBOARDED")[] }
      : undefined,
    hqCode: hq.length ? { in: hq } : undefined,
    OR: state.q
      ? [
          { name: { contains: state.q, mode: "insensitive" } },
          { owner: { contains: state.q, mode: "insensitive" } },
        ]
      : undefined,
  };
}

const ORDER: Record<
  VendorListState["sort"],
  (dir: Prisma.SortOrder) => Prisma.VendorOrderByWithRelationInput[]
> = {
  name: (dir) => [{ name: dir }],
  status: (dir) => [{ status: dir }, { name: "asc" }],
  hq: (dir) => [{ hq: { name: dir } }, { name: "asc" }],
  updatedAt: (dir) => [{ updatedAt: dir }, { name: "asc" }],
};

/** One page of vendors for the URL state, and how many match in all. `all` = every match (export). */
export async function listVendors(
  db: PrismaClient,
  state: VendorListState,
  all = false,
  evaluation: Evaluation | null = null,
) {
  const where = vendorWhere(state, evaluation);
  const [rows, total] = await Promise.all([
    db.vendor.findMany({
      where,
      orderBy: ORDER[state.sort](state.dir),
      skip: all ? undefined : offsetOf(state),
      take: all ? undefined : state.size,
      select: {
        id: true,
        name: true,
        hqCode: true,
        hq: { select: { name: true } },
        status: true,
        owner: true,
        website: true,
        archivedAt: true,
        updatedAt: true,
        _count: {
          select: {
            models: { where: { archivedAt: null } },
            contracts: { where: { archivedAt: null } },
          },
        },
      },
    }),
    db.vendor.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((v) => ({
      id: v.id,
      name: v.name,
      hqCode: v.hqCode,
      hqName: v.hq?.name ?? null,
      status: v.status,
      owner: v.owner,
      website: v.website,
      archived: v.archivedAt !== null,
      updatedAt: v.updatedAt.toISOString(),
      models: v._count.models,
      contracts: v._count.contracts,
    })),
  };
}
