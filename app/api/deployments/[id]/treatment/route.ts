/** POST a deployment's owner, review date and treatment (version of the form; stale ⇒ 409). */
import { db } from "@/lib/server/db/client";
import { defineRoute } from "@/lib/server/route";
import { saveTreatment } from "@/lib/server/treatment/save-treatment";
import { treatmentInputSchema } from "@/lib/validation/treatment";

export const dynamic = "force-dynamic";

export const POST = defineRoute(
  { permission: ["update", "deployment"], schema: treatmentInputSchema },
  async ({ user, input, params }) => saveTreatment(db, user.id, params.id, input),
);
