/**
 * Maps database rows into the engine's plain inventory and scenarios (lib/domain/types.ts).
 * Archived rows are left out: they no longer take part in any score.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Deployment, Inventory, PolicyRule, Scenario } from "@/lib/domain/types";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

interface DeploymentRow {
  id: string;
  ref: string;
  modelId: string;
  jurisdictionCode: string;
  cloudProvider: string;
  processingScope: Deployment["processingScope"];
  businessUnit: string;
  dataSensitivity: number;
  businessCriticality: number;
  users: number;
  status: Deployment["status"];
  fallbackModelId: string | null;
  licensedCodes: string[];
  /** reach as concatenated alpha-2 codes ("DEFRNL"): one short string instead of a row per code */
  reach: string;
}

/**
 * Deployments with their reach in one query. Through Prisma's model API the ~7 reach rows per
 * deployment dominated the load (≈ 600 ms for 20,000 deployments on PostgreSQL, seconds on PGlite);
 * aggregated in SQL it is a third of that. Column names are checked by the integration tests.
 */
function loadDeployments(db: PrismaClient): Promise<DeploymentRow[]> {
  return db.$queryRaw<DeploymentRow[]>`
    SELECT d.id, d.ref, d."modelId", d."jurisdictionCode", d."cloudProvider", d."processingScope"::text AS "processingScope",
           d."businessUnit", d."dataSensitivity", d."businessCriticality", d.users,
           d.status::text AS status, d."fallbackModelId", d."licensedCodes", COALESCE(r.codes, '') AS reach
    FROM "Deployment" d
    LEFT JOIN (
      SELECT "deploymentId", string_agg("jurisdictionCode", '' ORDER BY "jurisdictionCode") AS codes
      FROM "DeploymentReach" GROUP BY "deploymentId"
    ) r ON r."deploymentId" = d.id
    WHERE d."archivedAt" IS NULL
    ORDER BY d.ref`;
}

const splitCodes = (codes: string) => codes.match(/../g) ?? [];

/** The parts of the inventory, each loaded by one query (see DataRevisionPart in the schema). */
export const INVENTORY_PARTS = [
  "jurisdictions",
  "groups",
  "vendors",
  "models",
  "deployments",
  "contracts",
] as const;
export type InventoryPart = (typeof INVENTORY_PARTS)[number];

const loaders = {
  jurisdictions: async (db: PrismaClient): Promise<Inventory["jurisdictions"]> =>
    (await db.jurisdiction.findMany({ orderBy: { code: "asc" } })).map((j) => ({
      code: j.code,
      name: j.name,
      region: j.region,
      subRegion: j.subRegion,
    })),
  // Every membership period: the engine picks the members in force on its date.
  groups: async (db: PrismaClient): Promise<Inventory["groups"]> =>
    (
      await db.countryGroup.findMany({
        include: {
          members: { select: { jurisdictionCode: true, validFrom: true, validTo: true } },
        },
        orderBy: { name: "asc" },
      })
    ).map((g) => ({
      id: g.id,
      name: g.name,
      members: [],
      periods: g.members.map((m) => ({
        code: m.jurisdictionCode,
        validFrom: isoDate(m.validFrom),
        validTo: isoDate(m.validTo),
      })),
    })),
  vendors: async (db: PrismaClient): Promise<Inventory["vendors"]> =>
    (await db.vendor.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" } })).map(
      (v) => ({
        id: v.id,
        name: v.name,
        hqCode: v.hqCode,
        status: v.status,
        cloudProvider: v.cloudProviderCode,
      }),
    ),
  models: async (db: PrismaClient): Promise<Inventory["models"]> =>
    (
      await db.aiModel.findMany({
        where: { archivedAt: null },
        orderBy: [{ vendorId: "asc" }, { name: "asc" }],
      })
    ).map((m) => ({
      id: m.id,
      vendorId: m.vendorId,
      name: m.name,
      originCode: m.originCode,
      weights: m.weights,
      trainingComputeFlop: m.trainingComputeFlop,
      trainingComputeMinFlop: m.trainingComputeMinFlop,
      trainingComputeMaxFlop: m.trainingComputeMaxFlop,
      capabilityClass: m.capabilityClass,
      modality: m.modality,
    })),
  // Every unarchived deployment; those of archived models are left out in assembleInventory.
  deployments: async (db: PrismaClient): Promise<Inventory["deployments"]> =>
    (await loadDeployments(db)).map((d) => ({
      id: d.id,
      ref: d.ref,
      modelId: d.modelId,
      jurisdictionCode: d.jurisdictionCode,
      cloudProvider: d.cloudProvider,
      processingScope: d.processingScope,
      reach: splitCodes(d.reach),
      businessUnit: d.businessUnit,
      dataSensitivity: d.dataSensitivity,
      businessCriticality: d.businessCriticality,
      users: d.users,
      status: d.status,
      fallbackModelId: d.fallbackModelId,
      licensedCodes: d.licensedCodes ?? [],
    })),
  contracts: async (db: PrismaClient): Promise<Inventory["contracts"]> =>
    (
      await db.contract.findMany({
        where: { archivedAt: null },
        include: {
          clauses: {
            select: { id: true, type: true, assessment: true, heading: true, places: true },
            orderBy: { position: "asc" },
          },
        },
      })
    ).map((c) => ({
      id: c.id,
      vendorId: c.vendorId,
      title: c.title,
      coverage: c.coverage,
      modelIds: c.coveredModelIds,
      effectiveDate: isoDate(c.effectiveDate)!,
      expiryDate: isoDate(c.expiryDate),
      clauses: c.clauses,
    })),
} satisfies { [P in InventoryPart]: (db: PrismaClient) => Promise<Inventory[P]> };

/** The inventory's parts as loaded, before deployments of archived models are left out. */
export type InventoryParts = { [P in InventoryPart]: Inventory[P] };

/**
 * Loads the parts named in `reload` and takes the others from `previous` (all when there is none).
 * The parts load side by side; each is one query.
 */
export async function loadInventoryParts(
  db: PrismaClient,
  reload: ReadonlySet<InventoryPart> = new Set(INVENTORY_PARTS),
  previous?: InventoryParts,
): Promise<InventoryParts> {
  const entries = await Promise.all(
    INVENTORY_PARTS.map(async (part) =>
      !previous || reload.has(part) ? [part, await loaders[part](db)] : [part, previous[part]],
    ),
  );
  return Object.fromEntries(entries) as InventoryParts;
}

/** The engine's inventory from its parts: deployments of archived models and fallbacks left out. */
export function assembleInventory(parts: InventoryParts): Inventory {
  const liveModels = new Set(parts.models.map((m) => m.id));
  const deployments = parts.deployments.every(
    (d) =>
      liveModels.has(d.modelId) &&
      (d.fallbackModelId === null || liveModels.has(d.fallbackModelId)),
  )
    ? parts.deployments
    : parts.deployments
        .filter((d) => liveModels.has(d.modelId))
        .map((d) =>
          d.fallbackModelId === null || liveModels.has(d.fallbackModelId)
            ? d
            : { ...d, fallbackModelId: null },
        );
  return { ...parts, deployments };
}

export async function loadInventory(db: PrismaClient): Promise<Inventory> {
  return assembleInventory(await loadInventoryParts(db));
}

type RuleRow = Awaited<ReturnType<PrismaClient["policyRule"]["findMany"]>>[number];

export function toDomainRule(r: RuleRow): PolicyRule {
  return {
    id: r.id,
    name: r.name,
    jurisdictions: {
      groupIds: r.groupIds,
      countries: r.countries,
      allOthers: r.allOthers,
      excludeGroupIds: r.excludeGroupIds,
      excludeCountries: r.excludeCountries,
    },
    models: {
      all: r.allModels,
      originCodes: r.originCodes,
      vendorIds: r.vendorIds,
      weights: r.weights,
      minTrainingComputeFlop: r.minTrainingComputeFlop,
      capabilityClasses: r.capabilityClasses,
      modelIds: r.modelIds,
    },
    outcome: r.outcome,
    rationale: r.rationale,
    source: r.source,
    effectiveDate: isoDate(r.effectiveDate),
  };
}

export async function loadScenario(db: PrismaClient, id: string): Promise<Scenario | null> {
  const s = await db.policyScenario.findUnique({
    where: { id },
    include: { rules: { orderBy: { position: "asc" } } },
  });
  if (!s) return null;
  return {
    id: s.id,
    name: s.name,
    defaultOutcome: s.defaultOutcome,
    rules: s.rules.map(toDomainRule),
  };
}
