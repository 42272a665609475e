import { defineRoute } from "@/lib/server/route";
import { NotFoundError } from "@/lib/server/errors";
import { loadReport } from "@/lib/server/report/load-report";
import { reportPdfStream } from "@/lib/server/report/report-pdf";

/** GET /api/report/pdf?scenario=&compare= → the footprint and exposure report as a PDF. */
export const GET = defineRoute({}, async ({ request }) => {
  const search = request.nextUrl.searchParams;
  const data = await loadReport(search.get("scenario"), search.get("compare"));
  if (!data) throw new NotFoundError("There is no policy scenario yet.");
  const riskModel = new URL("/help/risk-model", request.nextUrl.origin).toString();
  return new Response(await reportPdfStream(data, riskModel), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="tierscope-report-${data.report.asOf}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
});
