/**
 * PUT an updated member list with its effective date and the group version it was previewed
 * against: applied as one audited change (ADMIN, COMPLIANCE); 409 when the group changed since.
 */
import { db } from "@/lib/server/db/client";
import { applyMemberListChange } from "@/lib/server/groups/apply-member-list";
import { defineRoute } from "@/lib/server/route";
import { memberListRequestSchema } from "@/lib/validation/member-list";

export const dynamic = "force-dynamic";

export const PUT = defineRoute(
  { permission: ["update", "countryGroup"], schema: memberListRequestSchema },
  ({ params, user, input }) => applyMemberListChange(db, user.id, params.id, input),
);
