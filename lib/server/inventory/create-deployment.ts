import type { PrismaClient } from "@/lib/generated/prisma/client";
import { computeReach } from "@/lib/reference/cloud-regions";
import { recordAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db/create-client";
import type { DeploymentFields } from "@/lib/validation/inventory";
import { checkReferences, clash } from "./check-references";

/** Row data for a deployment and the reach its provider, region and scope give it. */
export function deploymentData(input: DeploymentFields) {
  return {
    data: { ...input, goLiveDate: input.goLiveDate ? new Date(input.goLiveDate) : null },
    reach: computeReach(input.cloudProvider, input.cloudRegion, input.processingScope),
  };
}

export async function checkDeployment(tx: Tx, input: DeploymentFields, id: string | null) {
  await checkReferences(tx, {
    countries: { jurisdictionCode: input.jurisdictionCode },
    models: { modelId: input.modelId, fallbackModelId: input.fallbackModelId },
  });
  if (input.fallbackModelId && input.fallbackModelId === input.modelId)
    throw clash("fallbackModelId", "The fallback must be a different model.");
  if (input.licensedCodes.length > 0) {
    const known = await tx.jurisdiction.findMany({
      where: { code: { in: input.licensedCodes } },
      select: { code: true },
    });
    const unknown = input.licensedCodes.filter((code) => !known.some((k) => k.code === code));
    if (unknown.length > 0)
      throw clash(
        "licensedCodes",
        `Unknown country code${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`,
      );
  }
  const other = await tx.deployment.findUnique({ where: { ref: input.ref }, select: { id: true } });
  if (other && other.id !== id)
    throw clash("ref", `A deployment with the reference ${input.ref} already exists.`);
}

/** The reach as it is audited: the row plus its sorted country list. */
export async function deploymentSnapshot(tx: Tx, id: string) {
  const row = await tx.deployment.findUniqueOrThrow({
    where: { id },
    include: {
      reach: { select: { jurisdictionCode: true }, orderBy: { jurisdictionCode: "asc" } },
    },
  });
  return { ...row, reach: row.reach.map((r) => r.jurisdictionCode) };
}

export async function createDeployment(
  db: PrismaClient,
  actorId: string | null,
  input: DeploymentFields,
) {
  return db.$transaction(async (tx) => {
    await checkDeployment(tx, input, null);
    const { data, reach } = deploymentData(input);
    const created = await tx.deployment.create({
      data: { ...data, reach: { create: reach.map((jurisdictionCode) => ({ jurisdictionCode })) } },
    });
    const after = await deploymentSnapshot(tx, created.id);
    await recordAudit(tx, {
      actorId,
      action: "deployment.create",
      entityType: "deployment",
      entityId: created.id,
      after,
    });
    return after;
  });
}
