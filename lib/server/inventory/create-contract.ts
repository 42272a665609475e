import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db/create-client";
import { ValidationError } from "@/lib/server/errors";
import type { ContractFields } from "@/lib/validation/inventory";
import { checkReferences, clash } from "./check-references";

export function contractData(input: ContractFields) {
  return {
    ...input,
    coveredModelIds:
      input.coverage === "LISTED_MODELS" ? [...new Set(input.coveredModelIds)].sort() : [],
    effectiveDate: new Date(input.effectiveDate),
    expiryDate: input.expiryDate ? new Date(input.expiryDate) : null,
  };
}

export async function checkContract(tx: Tx, input: ContractFields, id: string | null) {
  await checkReferences(tx, {
    vendors: { vendorId: input.vendorId },
    countries: { governingLawCode: input.governingLawCode },
  });
  if (input.coverage === "LISTED_MODELS") {
    const found = await tx.aiModel.count({ where: { id: { in: input.coveredModelIds } } });
    if (found !== new Set(input.coveredModelIds).size)
      throw new ValidationError("Check the covered models.", {
        coveredModelIds: ["One of the chosen models no longer exists."],
      });
  }
  const other = await tx.contract.findUnique({
    where: { vendorId_title: { vendorId: input.vendorId, title: input.title } },
    select: { id: true },
  });
  if (other && other.id !== id)
    throw clash("title", `This vendor already has a contract titled "${input.title}".`);
}

export async function createContract(
  db: PrismaClient,
  actorId: string | null,
  input: ContractFields,
) {
  return db.$transaction(async (tx) => {
    await checkContract(tx, input, null);
    const contract = await tx.contract.create({ data: contractData(input) });
    await recordAudit(tx, {
      actorId,
      action: "contract.create",
      entityType: "contract",
      entityId: contract.id,
      after: contract,
    });
    return contract;
  });
}
