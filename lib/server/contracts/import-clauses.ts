import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { clauseImportSchema } from "@/lib/validation/legal";
import { insertClauses, requireOpenContract } from "./create-clause";

/** Saves the clauses a user reviewed after splitting an agreement: all of them or none. */
export async function importClauses(
  db: PrismaClient,
  actorId: string,
  input: z.output<typeof clauseImportSchema>,
) {
  return db.$transaction(async (tx) => {
    await requireOpenContract(tx, input.contractId);
    return insertClauses(tx, actorId, input.contractId, input.clauses);
  });
}
