/** GET the active methodology and its versions; POST an edited or imported one as a new version. */
import { db } from "@/lib/server/db/client";
import { getActiveMethodology } from "@/lib/server/engine/get-methodology";
import { listMethodologyVersions } from "@/lib/server/methodology/list-methodology-versions";
import { saveMethodologyVersion } from "@/lib/server/methodology/save-methodology-version";
import { defineRoute } from "@/lib/server/route";
import { saveMethodologySchema } from "@/lib/validation/methodology";

export const dynamic = "force-dynamic";

export const GET = defineRoute({}, async () => ({
  active: await getActiveMethodology(),
  versions: await listMethodologyVersions(db),
}));

export const POST = defineRoute(
  { permission: ["update", "methodology"], schema: saveMethodologySchema },
  async ({ user, input }) =>
    saveMethodologyVersion(db, user.id, {
      methodology: input.methodology,
      reason: input.reason,
      baseVersion: input.baseVersion,
    }),
);
