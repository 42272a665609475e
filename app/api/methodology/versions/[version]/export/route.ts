/** GET a methodology version as a JSON file (import it again on the admin page). */
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { readMethodologyBody } from "@/lib/server/methodology/list-methodology-versions";
import { defineRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({}, async ({ params }) => {
  const version = Number(params.version);
  const body = Number.isInteger(version) ? await readMethodologyBody(db, version) : null;
  if (!body) throw new NotFoundError(`There is no methodology version ${params.version}.`);
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json",
      "Content-Disposition": `attachment; filename="methodology-v${version}.json"`,
    },
  });
});
