import { BANDS, BAND_IDS, type Band } from "../bands";
import type { Evaluation } from "../evaluation-types";
import { outcomeAt } from "../outcome";
import type { Outcome } from "../types";

/** What a snapshot records as figures (RiskSnapshot.figures). */
export interface SnapshotFigures {
  deployments: number;
  bands: Record<Band, number>;
  findings: number;
}

/** One counted deployment's state: band index and access rank. */
export type DeploymentStates = Map<string, { band: number; access: number }>;

/** Figures and states of the deployments that count (planned or live), from the typed arrays. */
export function snapshotOf(evaluation: Evaluation): { figures: SnapshotFigures; states: string } {
  const { deployments: arrays } = evaluation.internals;
  const bands = Object.fromEntries(BAND_IDS.map((b) => [b, 0])) as Record<Band, number>;
  let deployments = 0;
  let findings = 0;
  const lines: string[] = [];
  evaluation.inventory.deployments.forEach((deployment, d) => {
    if (!arrays.inRollups[d]) return;
    deployments++;
    bands[BANDS[arrays.band[d]].id]++;
    if (arrays.finding[d]) findings++;
    lines.push(`${deployment.id} ${arrays.band[d]} ${arrays.access[d]}`);
  });
  return { figures: { deployments, bands, findings }, states: lines.join("\n") };
}

export function parseStates(states: string): DeploymentStates {
  const map: DeploymentStates = new Map();
  for (const line of states.split("\n")) {
    const [id, band, access] = line.split(" ");
    if (id && band !== undefined && access !== undefined)
      map.set(id, { band: Number(band), access: Number(access) });
  }
  return map;
}

export interface MovedDeployment {
  deploymentId: string;
  /** null: the deployment did not count then (new, or planned/live since). */
  before: { band: Band; access: Outcome } | null;
  /** null: it no longer counts (retired or archived). */
  after: { band: Band; access: Outcome } | null;
}

/** Deployments whose band or access differs between a snapshot's states and now. */
export function movedSince(before: DeploymentStates, now: DeploymentStates): MovedDeployment[] {
  const state = (s: { band: number; access: number } | undefined) =>
    s ? { band: BANDS[s.band].id, access: outcomeAt(s.access) } : null;
  const moved: MovedDeployment[] = [];
  for (const id of new Set([...before.keys(), ...now.keys()])) {
    const b = before.get(id);
    const a = now.get(id);
    if (b && a && b.band === a.band && b.access === a.access) continue;
    moved.push({ deploymentId: id, before: state(b), after: state(a) });
  }
  const rank = (m: MovedDeployment) =>
    Math.abs(
      (m.after ? BAND_IDS.indexOf(m.after.band) : 0) -
        (m.before ? BAND_IDS.indexOf(m.before.band) : 0),
    );
  return moved.sort((x, y) => rank(y) - rank(x) || x.deploymentId.localeCompare(y.deploymentId));
}

const DAY_MS = 86_400_000;
export const KEEP_ALL_DAYS = 30;

/**
 * Retention: every snapshot of the last 30 days, and before that the first of each day.
 * Returns the ids to delete (input in any order).
 */
export function snapshotsToPrune(
  snapshots: readonly { id: string; takenAt: Date }[],
  now: Date,
): string[] {
  const cutoff = now.getTime() - KEEP_ALL_DAYS * DAY_MS;
  const kept = new Set<string>();
  const drop: string[] = [];
  for (const s of [...snapshots].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime())) {
    if (s.takenAt.getTime() >= cutoff) continue;
    const day = s.takenAt.toISOString().slice(0, 10);
    if (kept.has(day)) drop.push(s.id);
    else kept.add(day);
  }
  return drop;
}
