/**
 * Synthetic inventory on top of the demo data, for measuring the app at the sizes the issues name
 * (200 models × 250 jurisdictions × 20,000 deployments; 100,000 deployments for lists). Rows are
 * deterministic (seeded PRNG) and marked by name ("Scale vendor 07", "SCL-000042") so they are easy to
 * recognise. Inserted with batched createMany in one transaction; ids are made here so reach rows
 * need no read-back.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { CLOUD_PROVIDERS, computeReach, regionsOf } from "@/lib/reference/cloud-regions";
import { recordAudit } from "@/lib/server/audit";
import {
  CAPABILITY_CLASSES,
  DEPLOYMENT_STATUSES,
  PROCESSING_SCOPES,
  WEIGHTS,
} from "@/lib/domain/types";

export interface ScaleTarget {
  /** total models wanted (demo models count towards it) */
  models: number;
  /** synthetic deployments to add */
  deployments: number;
  seed?: number;
}

export interface ScaleResult {
  vendorsAdded: number;
  modelsAdded: number;
  deploymentsAdded: number;
  reachRows: number;
}

const BATCH = 5_000;
const BUSINESS_UNITS = [
  "Retail Banking",
  "Wealth Management",
  "Group Risk",
  "Customer Service",
  "Engineering",
  "Marketing",
  "Legal",
  "HR",
  "Research",
];
const USE_CASES = ["Chat assistant", "Document summarisation", "Code review", "Claims triage"];

/** mulberry32: small, fast, reproducible. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(list: readonly T[]): T => list[int(list.length)] };
}

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function seedScale(db: PrismaClient, target: ScaleTarget): Promise<ScaleResult> {
  const r = prng(target.seed ?? 42);
  const [jurisdictions, existingModels, existingScale] = await Promise.all([
    db.jurisdiction.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
    db.aiModel.count(),
    db.deployment.count({ where: { ref: { startsWith: "SCL-" } } }),
  ]);
  if (jurisdictions.length === 0) throw new Error("Seed the demo data first (npm run db:seed).");
  const codes = jurisdictions.map((j) => j.code);
  const origins = ["US", "US", "US", "FR", "GB", "CN", "DE", "CA", "JP", "KR", "IL", "AE"];

  const vendorCount = Math.ceil(Math.max(0, target.models - existingModels) / 8);
  const vendors = Array.from({ length: vendorCount }, (_, v) => ({
    id: `scale-vendor-${v}`,
    name: `Scale vendor ${String(v).padStart(3, "0")}`,
    hqCode: origins[v % origins.length],
    status: "ACTIVE" as const,
  }));
  const models = Array.from({ length: Math.max(0, target.models - existingModels) }, (_, m) => ({
    id: `scale-model-${m}`,
    vendorId: vendors[m % vendorCount].id,
    name: `Scale model ${String(m).padStart(4, "0")}`,
    originCode: r.next() < 0.05 ? null : vendors[m % vendorCount].hqCode,
    weights: r.next() < 0.05 ? null : r.pick(WEIGHTS),
    trainingComputeFlop: r.next() < 0.1 ? null : 10 ** (22 + r.next() * 5),
    capabilityClass: r.pick(CAPABILITY_CLASSES),
  }));
  const allModelIds = [
    ...(await db.aiModel.findMany({ select: { id: true } })).map((m) => m.id),
    ...models.map((m) => m.id),
  ];

  const deployments: Prisma.DeploymentCreateManyInput[] = [];
  const reach: { deploymentId: string; jurisdictionCode: string }[] = [];
  for (let i = 0; i < target.deployments; i++) {
    const n = existingScale + i + 1;
    const provider = r.pick(CLOUD_PROVIDERS).id;
    const region = r.pick(regionsOf(provider));
    let scope = r.pick(PROCESSING_SCOPES);
    if (scope === "ZONE" && provider !== "ON_PREM" && region.zones.length === 0) scope = "REGIONAL";
    const id = `scale-dep-${n}`;
    // Most deployments serve the region's country; a fifth serve anywhere, filling the matrix.
    const served = r.next() < 0.8 ? region.country : r.pick(codes);
    deployments.push({
      id,
      ref: `SCL-${String(n).padStart(6, "0")}`,
      modelId: r.pick(allModelIds),
      jurisdictionCode: served,
      cloudProvider: provider,
      cloudRegion: region.id,
      processingScope: scope,
      businessUnit: r.pick(BUSINESS_UNITS),
      useCase: r.pick(USE_CASES),
      dataSensitivity: 1 + r.int(5),
      businessCriticality: 1 + r.int(5),
      users: 10 + r.int(20_000),
      status: r.pick(DEPLOYMENT_STATUSES),
    });
    for (const code of computeReach(provider, region.id, scope))
      reach.push({ deploymentId: id, jurisdictionCode: code });
  }

  await db.$transaction(
    async (tx) => {
      await tx.vendor.createMany({ data: vendors, skipDuplicates: true });
      await tx.aiModel.createMany({ data: models, skipDuplicates: true });
      await inBatches(deployments, (data) => tx.deployment.createMany({ data }));
      await inBatches(reach, (data) => tx.deploymentReach.createMany({ data }));
      await recordAudit(tx, {
        actorId: null,
        action: "system.seed-scale",
        entityType: "system",
        entityId: "scale-data",
        after: { vendors: vendors.length, models: models.length, deployments: deployments.length },
      });
    },
    // 100,000 deployments and their ~700,000 reach rows: about 7 minutes on two shared cores.
    { timeout: 3_600_000, maxWait: 30_000 },
  );
  return {
    vendorsAdded: vendors.length,
    modelsAdded: models.length,
    deploymentsAdded: deployments.length,
    reachRows: reach.length,
  };
}
