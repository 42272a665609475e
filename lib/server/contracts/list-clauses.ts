import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import {
  CLAUSE_ASSESSMENTS,
  CLAUSE_TYPES,
  type ClauseAssessment,
  type ClauseType,
} from "@/lib/domain/types";

export const ANNOTATION_STATES = ["OPEN", "RESOLVED_ONLY", "NONE"] as const;
export type AnnotationState = (typeof ANNOTATION_STATES)[number];
export const ANNOTATION_STATE_LABELS: Record<AnnotationState, string> = {
  OPEN: "Has open annotations",
  RESOLVED_ONLY: "Only resolved annotations",
  NONE: "No annotations",
};

export interface ClauseFilters {
  type: ClauseType | null;
  assessment: ClauseAssessment | null;
  counterparty: string | null;
  annotations: AnnotationState | null;
  q: string;
  page: number;
}

const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the library's filters from the URL; anything unknown is ignored. */
export function parseClauseFilters(params: Record<string, string | string[] | undefined>) {
  const one = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);
  const page = Number(one("page"));
  return {
    type: pick(one("type"), CLAUSE_TYPES),
    assessment: pick(one("assessment"), CLAUSE_ASSESSMENTS),
    counterparty: one("counterparty")?.slice(0, 200) || null,
    annotations: pick(one("annotations"), ANNOTATION_STATES),
    q: (one("q") ?? "").trim().slice(0, 200),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  } satisfies ClauseFilters;
}

const PAGE_SIZE = 25;

/** The clause library: clauses across contracts that are not archived, filtered and paged. */
export async function listClauses(db: PrismaClient, f: ClauseFilters) {
  const and: Prisma.ContractClauseWhereInput[] = [{ contract: { archivedAt: null } }];
  if (f.type) and.push({ type: f.type });
  if (f.assessment) and.push({ assessment: f.assessment });
  if (f.counterparty) and.push({ contract: { vendorId: f.counterparty } });
  if (f.annotations === "OPEN") and.push({ annotations: { some: { status: "OPEN" } } });
  if (f.annotations === "RESOLVED_ONLY")
    and.push({ annotations: { some: {}, none: { status: "OPEN" } } });
  if (f.annotations === "NONE") and.push({ annotations: { none: {} } });
  if (f.q)
    and.push({
      OR: [
        { heading: { contains: f.q, mode: "insensitive" } },
        { text: { contains: f.q, mode: "insensitive" } },
        { contract: { title: { contains: f.q, mode: "insensitive" } } },
      ],
    });
  const where: Prisma.ContractClauseWhereInput = { AND: and };
  const [rows, total, counterparties] = await Promise.all([
    db.contractClause.findMany({
      where,
      orderBy: [{ contract: { title: "asc" } }, { position: "asc" }],
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        heading: true,
        type: true,
        assessment: true,
        text: true,
        contract: { select: { id: true, title: true, vendor: { select: { name: true } } } },
        annotations: { where: { parentId: null }, select: { status: true } },
      },
    }),
    db.contractClause.count({ where }),
    db.vendor.findMany({
      where: { contracts: { some: { archivedAt: null } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      heading: r.heading,
      type: r.type,
      assessment: r.assessment,
      excerpt: r.text.length > 160 ? `${r.text.slice(0, 157)}…` : r.text,
      contractId: r.contract.id,
      contractTitle: r.contract.title,
      counterparty: r.contract.vendor.name,
      openAnnotations: r.annotations.filter((a) => a.status === "OPEN").length,
      annotations: r.annotations.length,
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    counterparties,
  };
}

export const COVERAGE_STATES = ["ADEQUATE", "WEAK", "PRESENT", "MISSING"] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];
export const COVERAGE_LABELS: Record<CoverageState, string> = {
  ADEQUATE: "Assessed adequate",
  WEAK: "Weak",
  PRESENT: "Present, not assessed",
  MISSING: "Missing",
};
const STATE_OF: Record<ClauseAssessment, CoverageState> = {
  ADEQUATE: "ADEQUATE",
  WEAK: "WEAK",
  NOT_ASSESSED: "PRESENT",
  MISSING: "MISSING",
};
const RANK: Record<CoverageState, number> = { ADEQUATE: 0, WEAK: 1, PRESENT: 2, MISSING: 3 };

/**
 * Clause coverage per counterparty × clause type that matters (../shared/domain-facts.md), over
 * the counterparty's contracts that are not archived: the best state among its clauses of that type.
 */
export async function clauseCoverage(db: PrismaClient) {
  const vendors = await db.vendor.findMany({
    where: { contracts: { some: { archivedAt: null } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      contracts: {
        where: { archivedAt: null },
        select: { clauses: { select: { type: true, assessment: true } } },
      },
    },
  });
  return vendors.map((v) => {
    const cells = Object.fromEntries(CLAUSE_TYPES.map((t) => [t, "MISSING"])) as Record<
      ClauseType,
      CoverageState
    >;
    for (const contract of v.contracts)
      for (const clause of contract.clauses) {
        const state = STATE_OF[clause.assessment];
        if (RANK[state] < RANK[cells[clause.type]]) cells[clause.type] = state;
      }
    return { id: v.id, name: v.name, contracts: v.contracts.length, cells };
  });
}
