import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { ValidationError } from "@/lib/server/errors";
import type { ModelFields } from "@/lib/validation/inventory";
import { checkReferences, clash } from "./check-references";

/** The estimate's range must hold its value; the error names the field to fix. */
function checkComputeRange(input: Omit<ModelFields, "vendorId">): void {
  const {
    trainingComputeFlop: value,
    trainingComputeMinFlop: min,
    trainingComputeMaxFlop: max,
  } = input;
  const fail = (field: string, message: string) => {
    throw new ValidationError(message, { [field]: [message] });
  };
  if (min != null && max != null && min >= max)
    fail("trainingComputeMaxFlop", "The upper bound must be above the lower bound.");
  if (value != null && min != null && value < min)
    fail("trainingComputeFlop", "The estimate lies below the lower bound of its range.");
  if (value != null && max != null && value > max)
    fail("trainingComputeFlop", "The estimate lies above the upper bound of its range.");
}

/** Dates arrive as YYYY-MM-DD strings; the database stores them as DATE. */
export function modelData(input: Omit<ModelFields, "vendorId">) {
  checkComputeRange(input);
  return { ...input, releaseDate: input.releaseDate ? new Date(input.releaseDate) : null };
}

export async function createModel(db: PrismaClient, actorId: string | null, input: ModelFields) {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, {
      vendors: { vendorId: input.vendorId },
      countries: { originCode: input.originCode },
    });
    const existing = await tx.aiModel.findUnique({
      where: { vendorId_name: { vendorId: input.vendorId, name: input.name } },
      select: { id: true },
    });
    if (existing) throw clash("name", `This vendor already has a model named "${input.name}".`);
    const model = await tx.aiModel.create({
      data: { ...modelData(input), vendorId: input.vendorId },
    });
    await recordAudit(tx, {
      actorId,
      action: "model.create",
      entityType: "model",
      entityId: model.id,
      after: model,
    });
    return model;
  });
}
