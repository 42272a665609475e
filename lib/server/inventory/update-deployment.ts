import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { NotFoundError } from "@/lib/server/errors";
import type { deploymentUpdateSchema } from "@/lib/validation/inventory";
import { checkDeployment, deploymentData, deploymentSnapshot } from "./create-deployment";

/** Saves every field and recomputes the reach, since provider, region or scope may have changed. */
export async function updateDeployment(
  db: PrismaClient,
  actorId: string | null,
  input: z.output<typeof deploymentUpdateSchema>,
) {
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    if (!(await tx.deployment.findUnique({ where: { id }, select: { id: true } })))
      throw new NotFoundError("This deployment no longer exists.");
    const before = await deploymentSnapshot(tx, id);
    await checkDeployment(tx, fields, id);
    const { data, reach } = deploymentData(fields);
    await updateVersioned(tx, tx.deployment, "deployment", "deployment", id, version, data);
    await tx.deploymentReach.deleteMany({ where: { deploymentId: id } });
    await tx.deploymentReach.createMany({
      data: reach.map((jurisdictionCode) => ({ deploymentId: id, jurisdictionCode })),
    });
    const after = await deploymentSnapshot(tx, id);
    await recordAudit(tx, {
      actorId,
      action: "deployment.update",
      entityType: "deployment",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
