import { assessClause } from "@/lib/server/contracts/assess-clause";
import { db } from "@/lib/server/db/client";
import { defineRoute } from "@/lib/server/route";
import { clauseAssessSchema } from "@/lib/validation/legal";

const bodySchema = clauseAssessSchema.omit({ clauseId: true });

export const POST = defineRoute(
  { permission: ["update", "clause"], schema: bodySchema },
  async ({ user, input, params }) => {
    const row = await assessClause(db, user.id, { ...input, clauseId: params.id });
    return { id: row.id, assessment: row.assessment, version: row.version };
  },
);
