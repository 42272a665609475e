/**
 * POST an updated member list (JSON or CSV text) with its effective date; get back what it would
 * change. Read-only, offered to those who may edit country groups (ADMIN, COMPLIANCE).
 */
import { db } from "@/lib/server/db/client";
import { previewMemberList } from "@/lib/server/groups/preview-member-list";
import { defineRoute } from "@/lib/server/route";
import { memberListRequestSchema } from "@/lib/validation/member-list";

export const dynamic = "force-dynamic";

export const POST = defineRoute(
  { permission: ["update", "countryGroup"], schema: memberListRequestSchema },
  ({ params, input }) => previewMemberList(db, params.id, input),
);
