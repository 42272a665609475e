import { isImportEntity, templateCsv } from "@/lib/import/columns";
import { NotFoundError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/guards";
import { importPermission } from "@/lib/server/import/import-permission";
import { defineRoute } from "@/lib/server/route";

/** The CSV template of an entity: header row and one example row, as a download. */
export const GET = defineRoute({}, async ({ params }) => {
  const entity = params.entity ?? "";
  if (!isImportEntity(entity))
    throw new NotFoundError(`Nothing called "${entity}" can be imported.`);
  await authorize(importPermission(entity));
  // The byte-order mark makes Excel open the file as UTF-8.
  return new Response(`\uFEFF${templateCsv(entity)}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="tierscope-${entity}-template.csv"`,
    },
  });
});
