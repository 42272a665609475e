/** POST: re-apply this methodology version (reason and the version the page showed as active). */
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { activateMethodologyVersion } from "@/lib/server/methodology/activate-methodology-version";
import { defineRoute } from "@/lib/server/route";
import { activateMethodologySchema } from "@/lib/validation/methodology";

export const dynamic = "force-dynamic";

export const POST = defineRoute(
  { permission: ["update", "methodology"], schema: activateMethodologySchema },
  async ({ user, input, params }) => {
    const version = Number(params.version);
    if (!Number.isInteger(version))
      throw new NotFoundError("There is no such methodology version.");
    return activateMethodologyVersion(db, user.id, { ...input, version });
  },
);
