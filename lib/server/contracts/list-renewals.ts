import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, today } from "@/lib/clock";

/** Contracts expiring within this many days are listed for renewal. */
export const RENEWAL_WINDOW_DAYS = 90;
/** Clauses whose last assessment is older than this (or that were never assessed) are due. */
export const REVIEW_AFTER_DAYS = 365;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function windows() {
  const now = today();
  return {
    now,
    renewBy: addDays(now, RENEWAL_WINDOW_DAYS),
    reviewedSince: addDays(now, -REVIEW_AFTER_DAYS),
  };
}

function expiringWhere() {
  const { now, renewBy } = windows();
  return { archivedAt: null, expiryDate: { gte: day(now), lte: day(renewBy) } };
}

function dueClauseWhere() {
  const { now, reviewedSince } = windows();
  return {
    contract: {
      archivedAt: null,
      OR: [{ expiryDate: null }, { expiryDate: { gte: day(now) } }],
    },
    assessments: { none: { createdAt: { gte: day(reviewedSince) } } },
  };
}

/** Legal's renewal and review list: contracts expiring soon and clauses due a review. */
export async function listRenewals(db: PrismaClient, page = 1, pageSize = 50) {
  const [contracts, clauses, clauseCount] = await Promise.all([
    db.contract.findMany({
      where: expiringWhere(),
      orderBy: [{ expiryDate: "asc" }, { title: "asc" }],
      select: {
        id: true,
        title: true,
        expiryDate: true,
        vendor: { select: { name: true } },
        _count: { select: { clauses: true } },
      },
    }),
    db.contractClause.findMany({
      where: dueClauseWhere(),
      orderBy: [{ contract: { title: "asc" } }, { position: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        heading: true,
        type: true,
        assessment: true,
        contract: { select: { id: true, title: true, vendor: { select: { name: true } } } },
        assessments: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      },
    }),
    db.contractClause.count({ where: dueClauseWhere() }),
  ]);
  const { now } = windows();
  return {
    today: now,
    contracts: contracts.map((c) => {
      const expiry = c.expiryDate!.toISOString().slice(0, 10);
      return {
        id: c.id,
        title: c.title,
        counterparty: c.vendor.name,
        expiryDate: expiry,
        daysLeft: Math.round((Date.parse(expiry) - Date.parse(now)) / 86_400_000),
        clauses: c._count.clauses,
      };
    }),
    clauses: clauses.map((c) => ({
      id: c.id,
      heading: c.heading,
      type: c.type,
      assessment: c.assessment,
      contractId: c.contract.id,
      contractTitle: c.contract.title,
      counterparty: c.contract.vendor.name,
      lastReviewed: c.assessments[0]?.createdAt.toISOString().slice(0, 10) ?? null,
    })),
    clauseCount,
    page,
    pageCount: Math.max(1, Math.ceil(clauseCount / pageSize)),
  };
}

/** The sidebar's number: contracts to renew plus clauses due a review. */
export async function countRenewals(db: PrismaClient): Promise<number> {
  const [contracts, clauses] = await Promise.all([
    db.contract.count({ where: expiringWhere() }),
    db.contractClause.count({ where: dueClauseWhere() }),
  ]);
  return contracts + clauses;
}
