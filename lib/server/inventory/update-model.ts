import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { NotFoundError } from "@/lib/server/errors";
import type { modelUpdateSchema } from "@/lib/validation/inventory";
import { checkReferences, clash } from "./check-references";
import { modelData } from "./create-model";

export async function updateModel(
  db: PrismaClient,
  actorId: string | null,
  input: z.output<typeof modelUpdateSchema>,
) {
  const { id, version, vendorId, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.aiModel.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("This model no longer exists.");
    await checkReferences(tx, {
      vendors: { vendorId: vendorId === before.vendorId ? null : vendorId },
      countries: { originCode: fields.originCode },
    });
    const other = await tx.aiModel.findUnique({
      where: { vendorId_name: { vendorId, name: fields.name } },
      select: { id: true },
    });
    if (other && other.id !== id)
      throw clash("name", `This vendor already has a model named "${fields.name}".`);
    await updateVersioned(tx, tx.aiModel, "model", "model", id, version, {
      ...modelData(fields),
      vendorId,
    });
    const after = await tx.aiModel.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: "model.update",
      entityType: "model",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
