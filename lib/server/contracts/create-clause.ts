import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db/create-client";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { ClauseFields, clauseCreateSchema } from "@/lib/validation/legal";

/** The contract clauses are added to: it must exist and not be archived. */
export async function requireOpenContract(tx: Tx, contractId: string) {
  const contract = await tx.contract.findUnique({
    where: { id: contractId },
    select: { id: true, archivedAt: true, _count: { select: { clauses: true } } },
  });
  if (!contract) throw new NotFoundError("This contract no longer exists.");
  if (contract.archivedAt)
    throw new ValidationError("This contract is archived. Restore it before adding clauses.");
  return contract;
}

/** Adds clauses at the end of a contract, each with its audit event, in the caller's transaction. */
export async function insertClauses(
  tx: Tx,
  actorId: string,
  contractId: string,
  clauses: ClauseFields[],
) {
  const last = await tx.contractClause.aggregate({
    where: { contractId },
    _max: { position: true },
  });
  let position = (last._max.position ?? -1) + 1;
  const rows = [];
  for (const fields of clauses) {
    const row = await tx.contractClause.create({
      data: { ...fields, contractId, position: position++ },
    });
    await recordAudit(tx, {
      actorId,
      action: "clause.create",
      entityType: "clause",
      entityId: row.id,
      after: row,
    });
    rows.push(row);
  }
  return rows;
}

export async function createClause(
  db: PrismaClient,
  actorId: string,
  input: z.output<typeof clauseCreateSchema>,
) {
  const { contractId, ...fields } = input;
  return db.$transaction(async (tx) => {
    await requireOpenContract(tx, contractId);
    const [row] = await insertClauses(tx, actorId, contractId, [fields]);
    return row;
  });
}
