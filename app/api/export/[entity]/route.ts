import { defineRoute } from "@/lib/server/route";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { today } from "@/lib/clock";
import { getRequestedEvaluation, requestedAsOf } from "@/lib/server/engine/get-evaluation";
import { EXPORTABLE, exportCsv, type Exportable } from "@/lib/server/inventory/export-csv";

const isExportable = (value: string): value is Exportable =>
  (EXPORTABLE as readonly string[]).includes(value);

/**
 * GET /api/export/deployments?<the list's URL parameters> → every matching row as CSV; bands and
 * scores under ?scenario= as of ?asOf= (the file name carries the date).
 */
export const GET = defineRoute({}, async ({ request, params }) => {
  const entity = params.entity;
  if (!isExportable(entity)) throw new NotFoundError(`Nothing to export called "${entity}".`);
  const search = request.nextUrl.searchParams;
  let evaluation = null;
  if (entity === "deployments" || (entity === "vendors" && search.has("gaps")))
    evaluation = await getRequestedEvaluation(search);
  // A deployments file's risk columns are one scenario's: its name is in the file name too.
  const scenario =
    entity === "deployments" && evaluation
      ? `-${evaluation.scenario.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")}`
      : "";
  return new Response(exportCsv(db, entity, search, evaluation), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tierscope-${entity}${scenario}-${requestedAsOf(search) ?? today()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
