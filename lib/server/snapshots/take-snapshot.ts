import type { Evaluation } from "@/lib/domain";
import { snapshotOf, snapshotsToPrune } from "@/lib/domain/snapshots/risk-snapshot";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const COALESCE_MS = 60_000;
const memo = globalThis as unknown as { tierscopeSnapshotChecks?: Map<string, number> };
const checked = (memo.tierscopeSnapshotChecks ??= new Map());

/**
 * Records a scenario's results when they may have changed: taken lazily whenever an evaluation is
 * read for the overview, report or API, if the last snapshot of that scenario was computed from
 * another data revision or methodology, or on another day (the daily snapshot), and is older than
 * a minute (coalesced). Derived data: no audit event (which would start a new data revision).
 * Returns whether one was taken.
 */
export async function takeSnapshotIfDue(
  db: PrismaClient,
  evaluation: Evaluation,
  revision: string,
  now = new Date(),
): Promise<boolean> {
  const scenarioId = evaluation.scenario.id;
  const { id: methodologyId, version: methodologyVersion } = evaluation.methodology;
  const day = now.toISOString().slice(0, 10);
  const key = `${scenarioId}|${revision}|${methodologyId}@${methodologyVersion}|${day}`;
  const lastCheck = checked.get(key);
  if (
    lastCheck !== undefined &&
    (lastCheck === Infinity || now.getTime() - lastCheck < COALESCE_MS)
  )
    return false;
  checked.set(key, now.getTime());
  if (checked.size > 256) checked.delete(checked.keys().next().value!);

  const last = await db.riskSnapshot.findFirst({
    where: { scenarioId },
    orderBy: { takenAt: "desc" },
    select: { takenAt: true, dataRevision: true, methodologyId: true, methodologyVersion: true },
  });
  if (
    last &&
    last.dataRevision === revision &&
    last.methodologyId === methodologyId &&
    last.methodologyVersion === methodologyVersion &&
    last.takenAt.toISOString().slice(0, 10) === day
  ) {
    checked.set(key, Infinity);
    return false;
  }
  if (last && now.getTime() - last.takenAt.getTime() < COALESCE_MS) return false;

  const { figures, states } = snapshotOf(evaluation);
  try {
    await db.riskSnapshot.create({
      data: {
        scenarioId,
        takenAt: now,
        figures: { ...figures },
        methodologyId,
        methodologyVersion,
        dataRevision: revision,
        states,
      },
    });
  } catch {
    return false; // the scenario was deleted meanwhile: nothing to record
  }
  checked.set(key, Infinity);
  await pruneSnapshots(db, scenarioId, now);
  return true;
}

/** Bounded retention (snapshotsToPrune): all for 30 days, then one a day. */
export async function pruneSnapshots(db: PrismaClient, scenarioId: string, now = new Date()) {
  const old = await db.riskSnapshot.findMany({
    where: { scenarioId, takenAt: { lt: new Date(now.getTime() - 30 * 86_400_000) } },
    select: { id: true, takenAt: true },
  });
  const drop = snapshotsToPrune(old, now);
  if (drop.length) await db.riskSnapshot.deleteMany({ where: { id: { in: drop } } });
}
