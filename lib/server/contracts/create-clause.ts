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

/**
 * The stored fields of a clause: places only for a data-residency commitment (once each), every
 * one a known country.
 */
export async function clauseData(tx: Tx, fields: ClauseFields): Promise<ClauseFields> {
  const places = fields.type === "DATA_RESIDENCY" ? [...new Set(fields.places)].sort() : [];
  if (places.length > 0) {
    const known = await tx.jurisdiction.findMany({
      where: { code: { in: places } },
      select: { code: true },
    });
    const unknown = places.filter((code) => !known.some((k) => k.code === code));
    if (unknown.length > 0)
      throw new ValidationError("Check the places.", {
        places: [`Unknown country code ${unknown.map((c) => `"${c}"`).join(", ")}.`],
      });
  }
  return { ...fields, places };
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
      data: { ...(await clauseData(tx, fields)), contractId, position: position++ },
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
