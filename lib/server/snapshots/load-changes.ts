import type { Evaluation } from "@/lib/domain";
import {
  movedSince,
  parseStates,
  snapshotOf,
  type MovedDeployment,
} from "@/lib/domain/snapshots/risk-snapshot";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ChangeReason {
  kind: "rule" | "inventory" | "clause" | "contract" | "group";
  /** Plain words, e.g. "The scenario’s rules changed" or "Its model was edited". */
  text: string;
  at: string;
  actor: string | null;
}

export interface ChangedDeployment extends MovedDeployment {
  ref: string;
  modelName: string;
  country: string;
  reasons: ChangeReason[];
}

export interface Changes {
  since: string;
  /** When the snapshot compared against was taken; null when there is none for this scenario. */
  comparedWith: string | null;
  deployments: ChangedDeployment[];
}

const MAX_ROWS = 200;

/** What an audited action did, in words ("vendor.update" → "edited"), never the code itself. */
const DONE: Record<string, string> = {
  create: "added",
  update: "edited",
  archive: "archived",
  unarchive: "restored",
  restore: "restored",
  delete: "deleted",
  assess: "assessed",
  importMembers: "given a new member list",
};
const done = (action: string) => DONE[action.slice(action.lastIndexOf(".") + 1)] ?? "changed";

/**
 * Deployments whose band or access moved since a date: the scenario's last snapshot taken before
 * that day (else its first one after) against now, each with the audited changes since that day
 * that can explain it: a rule change in the scenario or a country group, an edit of the
 * deployment or its model, a contract or clause assessment of its vendor.
 */
export async function loadChanges(
  db: PrismaClient,
  evaluation: Evaluation,
  since: string,
): Promise<Changes> {
  const start = new Date(`${since}T00:00:00Z`);
  const scenarioId = evaluation.scenario.id;
  // Only the base's id here: its states (a line per deployment) are read when not memoised.
  const select = { id: true, takenAt: true } as const;
  const base =
    (await db.riskSnapshot.findFirst({
      where: { scenarioId, takenAt: { lt: start }, states: { not: "" } },
      orderBy: { takenAt: "desc" },
      select,
    })) ??
    (await db.riskSnapshot.findFirst({
      where: { scenarioId, takenAt: { gte: start }, states: { not: "" } },
      orderBy: { takenAt: "asc" },
      select,
    }));
  if (!base) return { since, comparedWith: null, deployments: [] };
  const key = `${since}|${base.id}`;
  const known = memo.get(evaluation)?.get(key);
  if (known) return known;
  const changes = await compareWith(db, evaluation, since, start, base);
  if (!memo.has(evaluation)) memo.set(evaluation, new Map());
  memo.get(evaluation)!.set(key, changes);
  return changes;
}

/**
 * Changes per evaluation, by day asked for and base snapshot. Every audited change starts a new
 * data revision, hence a new evaluation, so an entry never outlives what it explains. Without it
 * each overview request re-read and re-parsed a line per deployment (100,000 on the scale data).
 */
const memo = new WeakMap<Evaluation, Map<string, Changes>>();

async function compareWith(
  db: PrismaClient,
  evaluation: Evaluation,
  since: string,
  start: Date,
  base: { id: string; takenAt: Date },
): Promise<Changes> {
  const scenarioId = evaluation.scenario.id;
  const { states } = await db.riskSnapshot.findUniqueOrThrow({
    where: { id: base.id },
    select: { states: true },
  });
  const moved = movedSince(parseStates(states), parseStates(snapshotOf(evaluation).states)).slice(
    0,
    MAX_ROWS,
  );
  if (moved.length === 0)
    return { since, comparedWith: base.takenAt.toISOString(), deployments: [] };

  const events = await db.auditEvent.findMany({
    where: {
      createdAt: { gte: start },
      entityType: {
        in: ["scenario", "countryGroup", "deployment", "model", "vendor", "contract", "clause"],
      },
    },
    orderBy: { createdAt: "desc" },
    take: 2000,
    select: {
      action: true,
      entityType: true,
      entityId: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });

  const { inventory } = evaluation;
  const models = new Map(inventory.models.map((m) => [m.id, m]));
  const vendors = new Map(inventory.vendors.map((v) => [v.id, v.name]));
  const countries = new Map(inventory.jurisdictions.map((j) => [j.code, j.name]));
  const contractVendor = new Map(inventory.contracts.map((c) => [c.id, c.vendorId]));
  const clauseVendor = new Map(
    inventory.contracts.flatMap((c) => c.clauses.map((cl) => [cl.id, c.vendorId] as const)),
  );

  const reasonOf = (
    e: (typeof events)[number],
    dep: { id: string; modelId: string; vendorId: string },
  ): ChangeReason | null => {
    const at = e.createdAt.toISOString();
    const actor = e.actor?.name ?? null;
    switch (e.entityType) {
      case "scenario":
        return e.entityId === scenarioId
          ? { kind: "rule", text: "The scenario’s rules changed", at, actor }
          : null;
      case "countryGroup":
        return {
          kind: "group",
          text: `A country group the rules use was ${done(e.action)}`,
          at,
          actor,
        };
      case "deployment":
        return e.entityId === dep.id
          ? { kind: "inventory", text: `The deployment was ${done(e.action)}`, at, actor }
          : null;
      case "model":
        return e.entityId === dep.modelId
          ? { kind: "inventory", text: `Its model was ${done(e.action)}`, at, actor }
          : null;
      case "vendor":
        return e.entityId === dep.vendorId
          ? { kind: "inventory", text: `Its vendor was ${done(e.action)}`, at, actor }
          : null;
      case "contract":
        return contractVendor.get(e.entityId) === dep.vendorId
          ? {
              kind: "contract",
              text: `A contract with ${vendors.get(dep.vendorId)} was ${done(e.action)}`,
              at,
              actor,
            }
          : null;
      case "clause":
        return clauseVendor.get(e.entityId) === dep.vendorId
          ? {
              kind: "clause",
              text: `A clause with ${vendors.get(dep.vendorId)} was ${done(e.action)}`,
              at,
              actor,
            }
          : null;
      default:
        return null;
    }
  };

  const byId = new Map(inventory.deployments.map((d) => [d.id, d]));
  const deployments = moved.map((m): ChangedDeployment => {
    const dep = byId.get(m.deploymentId);
    const model = dep ? models.get(dep.modelId) : undefined;
    const key = {
      id: m.deploymentId,
      modelId: dep?.modelId ?? "",
      vendorId: model?.vendorId ?? "",
    };
    const reasons: ChangeReason[] = [];
    const seen = new Set<string>();
    for (const e of events) {
      const r = reasonOf(e, key);
      if (r && !seen.has(r.text)) {
        seen.add(r.text);
        reasons.push(r);
      }
      if (reasons.length >= 4) break;
    }
    return {
      ...m,
      ref: dep?.ref ?? m.deploymentId,
      modelName: model?.name ?? "(removed)",
      country: dep ? (countries.get(dep.jurisdictionCode) ?? dep.jurisdictionCode) : "",
      reasons,
    };
  });
  return { since, comparedWith: base.takenAt.toISOString(), deployments };
}
