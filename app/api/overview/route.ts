import { parseAsOf } from "@/lib/as-of";
import { defineRoute } from "@/lib/server/route";
import { NotFoundError } from "@/lib/server/errors";
import { loadOverview } from "@/lib/server/overview/load-overview";

/**
 * GET /api/overview?scenario=&baseline=&asOf= → the overview's figures, grids and exposures as JSON
 * (the overview repaints from it at once when the scenario is switched).
 */
export const GET = defineRoute({}, async ({ request }) => {
  const search = request.nextUrl.searchParams;
  const data = await loadOverview(search.get("scenario"), search.get("baseline"), {
    trend: false,
    asOf: parseAsOf(search.get("asOf")) ?? undefined,
  });
  if (!data) throw new NotFoundError("There is no policy scenario yet.");
  const { scenario, baseline, asOf, summary, baselineSummary, modelNames, dataRevision } = data;
  return { scenario, baseline, asOf, summary, baselineSummary, modelNames, dataRevision };
});
