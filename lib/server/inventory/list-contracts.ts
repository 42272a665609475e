import { today as clockToday } from "@/lib/clock";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { offsetOf } from "@/lib/list-state";
import type { ContractListState } from "@/lib/validation/inventory-lists";

export type ContractListRow = Awaited<ReturnType<typeof listContracts>>["rows"][number];

/** "In force" as the engine reads it: effective on or before today, not expired before today. */
export function contractWhere(state: ContractListState, today: Date): Prisma.ContractWhereInput {
  const { vendor, state: inForce } = state.filters;
  const or: Prisma.ContractWhereInput[] = [];
  if (inForce.includes("IN_FORCE"))
    or.push({
      effectiveDate: { lte: today },
      OR: [{ expiryDate: null }, { expiryDate: { gte: today } }],
    });
  if (inForce.includes("EXPIRED")) or.push({ expiryDate: { lt: today } });
  if (inForce.includes("NOT_YET")) or.push({ effectiveDate: { gt: today } });
  return {
    archivedAt: state.archived ? undefined : null,
    vendorId: vendor.length ? { in: vendor } : undefined,
    AND: [
      ...(or.length ? [{ OR: or }] : []),
      ...(state.q
        ? [
            {
              OR: [
                { title: { contains: state.q, mode: "insensitive" as const } },
                { vendor: { name: { contains: state.q, mode: "insensitive" as const } } },
              ],
            },
          ]
        : []),
    ],
  };
}

const ORDER: Record<
  ContractListState["sort"],
  (dir: Prisma.SortOrder) => Prisma.ContractOrderByWithRelationInput[]
> = {
  title: (dir) => [{ title: dir }, { id: "asc" }],
  vendor: (dir) => [{ vendor: { name: dir } }, { title: "asc" }],
  effectiveDate: (dir) => [{ effectiveDate: dir }, { title: "asc" }],
  expiryDate: (dir) => [{ expiryDate: { sort: dir, nulls: "last" } }, { title: "asc" }],
};

export async function listContracts(
  db: PrismaClient,
  state: ContractListState,
  all = false,
  today = new Date(`${clockToday()}T00:00:00Z`),
) {
  const where = contractWhere(state, today);
  const [rows, total] = await Promise.all([
    db.contract.findMany({
      where,
      orderBy: ORDER[state.sort](state.dir),
      skip: all ? undefined : offsetOf(state),
      take: all ? undefined : state.size,
      include: {
        vendor: { select: { name: true } },
        governingLaw: { select: { name: true } },
        _count: { select: { clauses: true } },
      },
    }),
    db.contract.count({ where }),
  ]);
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const todayIso = iso(today)!;
  return {
    total,
    rows: rows.map((c) => {
      const effective = iso(c.effectiveDate)!;
      const expiry = iso(c.expiryDate);
      return {
        id: c.id,
        title: c.title,
        vendorId: c.vendorId,
        vendorName: c.vendor.name,
        effectiveDate: effective,
        expiryDate: expiry,
        governingLawCode: c.governingLawCode,
        governingLawName: c.governingLaw?.name ?? null,
        clauses: c._count.clauses,
        inForce: effective <= todayIso && (expiry === null || expiry >= todayIso),
        archived: c.archivedAt !== null,
      };
    }),
  };
}
