import { compareQuerySchema } from "@/lib/validation/matrix";
import { buildComparisonCsv } from "@/lib/server/matrix/build-comparison-csv";
import { comparisonFileName } from "@/lib/server/matrix/comparison-file-name";
import { evaluatePair } from "@/lib/server/matrix/evaluate-pair";
import { loadComparison } from "@/lib/server/matrix/load-comparison";
import { defineRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** Deployments whose risk changes between two scenarios, as CSV: GET /api/compare/csv?a=&b= */
export const GET = defineRoute({}, async ({ request }) => {
  const { a, b } = compareQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const comparison = loadComparison(...(await evaluatePair(a, b)));
  // A byte-order mark so spreadsheet programs read the names as UTF-8.
  return new Response(`\uFEFF${buildComparisonCsv(comparison)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${comparisonFileName(comparison)}"`,
      "Cache-Control": "no-store",
    },
  });
});
