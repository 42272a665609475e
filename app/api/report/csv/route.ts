import { defineRoute } from "@/lib/server/route";
import { NotFoundError } from "@/lib/server/errors";
import { loadReport } from "@/lib/server/report/load-report";
import { reportCsv } from "@/lib/server/report/report-csv";

/** GET /api/report/csv?scenario=&compare= → the footprint and exposure report as CSV. */
export const GET = defineRoute({}, async ({ request }) => {
  const search = request.nextUrl.searchParams;
  const data = await loadReport(search.get("scenario"), search.get("compare"));
  if (!data) throw new NotFoundError("There is no policy scenario yet.");
  const riskModel = new URL("/help/risk-model", request.nextUrl.origin).toString();
  return new Response(reportCsv(data, riskModel), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tierscope-report-${data.report.asOf}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
