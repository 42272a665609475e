import { templateCsv } from "@/lib/import/columns";
import { importEntityOf, importRoutePermission } from "@/lib/server/import/import-permission";
import { defineRoute } from "@/lib/server/route";

/** The CSV template of an entity: header row and one example row, as a download. */
export const GET = defineRoute({ permission: importRoutePermission }, async ({ params }) => {
  const entity = importEntityOf(params);
  // The byte-order mark makes Excel open the file as UTF-8.
  return new Response(`\uFEFF${templateCsv(entity)}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="tierscope-${entity}-template.csv"`,
    },
  });
});
