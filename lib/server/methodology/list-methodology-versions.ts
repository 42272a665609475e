import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_METHODOLOGY } from "@/lib/domain/methodology/methodology";

export interface MethodologyVersionRow {
  version: number;
  name: string;
  reason: string;
  createdBy: string | null;
  createdAt: string | null;
  isActive: boolean;
  builtIn: boolean;
}

/** Every stored version, newest first, then the built-in default (active when none is). */
export async function listMethodologyVersions(db: PrismaClient): Promise<MethodologyVersionRow[]> {
  const rows = await db.methodologyVersion.findMany({
    orderBy: { version: "desc" },
    select: {
      version: true,
      body: true,
      reason: true,
      isActive: true,
      createdById: true,
      createdAt: true,
    },
  });
  const ids = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
      (u) => [u.id, u.name],
    ),
  );
  const stored: MethodologyVersionRow[] = rows.map((r) => ({
    version: r.version,
    name: String((r.body as { name?: unknown } | null)?.name ?? ""),
    reason: r.reason,
    createdBy: r.createdById ? (users.get(r.createdById) ?? null) : null,
    createdAt: r.createdAt.toISOString(),
    isActive: r.isActive,
    builtIn: false,
  }));
  return [
    ...stored,
    {
      version: DEFAULT_METHODOLOGY.version,
      name: DEFAULT_METHODOLOGY.name,
      reason: "Built in (docs/risk-model.md).",
      createdBy: null,
      createdAt: null,
      isActive: !rows.some((r) => r.isActive),
      builtIn: true,
    },
  ];
}

/** The body of a version, for export or for editing from it; null when it does not exist. */
export async function readMethodologyBody(db: PrismaClient, version: number): Promise<unknown> {
  if (version === DEFAULT_METHODOLOGY.version) return DEFAULT_METHODOLOGY;
  const row = await db.methodologyVersion.findUnique({
    where: { version },
    select: { body: true },
  });
  return row?.body ?? null;
}
