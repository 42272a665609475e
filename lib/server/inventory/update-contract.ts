import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { NotFoundError } from "@/lib/server/errors";
import type { contractUpdateSchema } from "@/lib/validation/inventory";
import { checkContract, contractData } from "./create-contract";

export async function updateContract(
  db: PrismaClient,
  actorId: string | null,
  input: z.output<typeof contractUpdateSchema>,
) {
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.contract.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("This contract no longer exists.");
    await checkContract(tx, fields, id);
    await updateVersioned(
      tx,
      tx.contract,
      "contract",
      "contract",
      id,
      version,
      contractData(fields),
    );
    const after = await tx.contract.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: "contract.update",
      entityType: "contract",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
