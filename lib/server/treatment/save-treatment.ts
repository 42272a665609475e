import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { assertFreshOrThrow } from "@/lib/server/concurrency";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { ACCEPTING_ROLES, type TreatmentInput } from "@/lib/validation/treatment";

const day = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * Records a deployment's owner, review date and treatment, with its audit event, against the
 * version the form was opened at. An acceptance needs an approver whose role may accept risk.
 */
export async function saveTreatment(
  db: PrismaClient,
  actorId: string,
  deploymentId: string,
  input: TreatmentInput,
) {
  return db.$transaction(async (tx) => {
    const deployment = await tx.deployment.findUnique({
      where: { id: deploymentId },
      select: { id: true, modelId: true },
    });
    if (!deployment) throw new NotFoundError("This deployment no longer exists.");
    const people = [input.ownerId, input.kind === "ACCEPT" ? input.approverId : null].filter(
      (id): id is string => !!id,
    );
    const users = new Map(
      (
        await tx.user.findMany({
          where: { id: { in: people }, disabledAt: null },
          select: { id: true, role: true },
        })
      ).map((u) => [u.id, u.role]),
    );
    if (input.ownerId && !users.has(input.ownerId))
      throw new ValidationError("The owner is not an active user.", {
        ownerId: ["Choose an active user."],
      });
    if (input.kind === "ACCEPT") {
      const role = users.get(input.approverId);
      if (!role || !(ACCEPTING_ROLES as readonly string[]).includes(role))
        throw new ValidationError(
          "Only an administrator or a compliance officer can approve accepting a risk.",
          { approverId: ["Choose an administrator or a compliance officer."] },
        );
    }
    if (input.kind === "AVOID") {
      const model = await tx.aiModel.findUnique({
        where: { id: input.alternativeModelId },
        select: { id: true },
      });
      if (!model || model.id === deployment.modelId)
        throw new ValidationError("Choose another model to switch to.", {
          alternativeModelId: ["Choose another model."],
        });
    }
    const data = {
      ownerId: input.ownerId,
      reviewDate: day(input.reviewDate),
      kind: input.kind === "NONE" ? null : input.kind,
      plan: input.kind === "MITIGATE" ? input.plan : null,
      dueDate: input.kind === "MITIGATE" ? day(input.dueDate) : null,
      approverId: input.kind === "ACCEPT" ? input.approverId : null,
      reason:
        input.kind === "ACCEPT" || input.kind === "TRANSFER" || input.kind === "AVOID"
          ? input.reason || null
          : null,
      expiresAt: input.kind === "ACCEPT" ? day(input.expiresAt) : null,
      alternativeModelId: input.kind === "AVOID" ? input.alternativeModelId : null,
    };
    const before = await tx.deploymentTreatment.findUnique({ where: { deploymentId } });
    if ((before?.version ?? 0) !== input.version)
      await assertFreshOrThrow(tx, "treatment", deploymentId, "treatment");
    const after = before
      ? await tx.deploymentTreatment.update({
          where: { deploymentId },
          data: { ...data, version: { increment: 1 } },
        })
      : await tx.deploymentTreatment.create({ data: { deploymentId, ...data } });
    await recordAudit(tx, {
      actorId,
      action: before ? "treatment.update" : "treatment.create",
      entityType: "treatment",
      entityId: deploymentId,
      before: before ?? undefined,
      after,
    });
    return { version: after.version };
  });
}
