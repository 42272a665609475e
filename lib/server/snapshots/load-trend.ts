import { BAND_IDS, type Band } from "@/lib/domain/bands";
import type { SnapshotFigures } from "@/lib/domain/snapshots/risk-snapshot";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface TrendPoint {
  takenAt: string;
  bands: Record<Band, number>;
  findings: number;
  deployments: number;
  methodology: string;
  dataRevision: string;
}

/** Band counts over time for one scenario, oldest first (the last 400 snapshots at most). */
export async function loadTrend(db: PrismaClient, scenarioId: string): Promise<TrendPoint[]> {
  const rows = await db.riskSnapshot.findMany({
    where: { scenarioId },
    orderBy: { takenAt: "desc" },
    take: 400,
    select: {
      takenAt: true,
      figures: true,
      methodologyId: true,
      methodologyVersion: true,
      dataRevision: true,
    },
  });
  return rows.reverse().map((row) => {
    const figures = (row.figures ?? {}) as Partial<SnapshotFigures>;
    return {
      takenAt: row.takenAt.toISOString(),
      bands: Object.fromEntries(BAND_IDS.map((b) => [b, figures.bands?.[b] ?? 0])) as Record<
        Band,
        number
      >,
      findings: figures.findings ?? 0,
      deployments: figures.deployments ?? 0,
      methodology: `${row.methodologyId} v${row.methodologyVersion}`,
      dataRevision: row.dataRevision,
    };
  });
}
