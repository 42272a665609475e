import { compareQuerySchema } from "@/lib/validation/matrix";
import { buildComparisonCsv } from "@/lib/server/matrix/build-comparison-csv";
import { comparisonFileName } from "@/lib/server/matrix/comparison-file-name";
import { evaluatePair } from "@/lib/server/matrix/evaluate-pair";
import { loadComparison } from "@/lib/server/matrix/load-comparison";
import { requestedAsOf } from "@/lib/server/engine/get-evaluation";
import { defineRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** Deployments whose risk changes between two scenarios, as CSV: GET /api/compare/csv?a=&b=[&asOf=] */
export const GET = defineRoute({}, async ({ request }) => {
  const search = request.nextUrl.searchParams;
  const { a, b } = compareQuerySchema.parse(Object.fromEntries(search));
  const comparison = loadComparison(...(await evaluatePair(a, b, requestedAsOf(search))));
  // A byte-order mark so spreadsheet programs read the names as UTF-8.
  return new Response(`\uFEFF${buildComparisonCsv(comparison)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${comparisonFileName(comparison)}"`,
      "Cache-Control": "no-store",
    },
  });
});
