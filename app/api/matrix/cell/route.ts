import type { NextRequest } from "next/server";
import { cellQuerySchema } from "@/lib/validation/matrix";
import { db } from "@/lib/server/db/client";
import { getExistingEvaluation } from "@/lib/server/matrix/get-existing-evaluation";
import { NotFoundError } from "@/lib/server/errors";
import { loadCellDetail } from "@/lib/server/matrix/load-cell-detail";
import { defineRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

const query = (request: NextRequest) => Object.fromEntries(request.nextUrl.searchParams);

/** One matrix cell explained: GET /api/matrix/cell?scenario=&model=&country=[&asOf=] (any signed-in role). */
export const GET = defineRoute({}, async ({ request }) => {
  const { scenario, model, country, asOf } = cellQuerySchema.parse(query(request));
  const evaluation = await getExistingEvaluation(scenario, asOf);
  if (!evaluation) throw new NotFoundError("This scenario does not exist (any more).");
  return loadCellDetail(db, evaluation, model, country);
});
