import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/server/route";
import { db } from "@/lib/server/db/client";
import { getRequestedEvaluation } from "@/lib/server/engine/get-evaluation";
import { createDeployment } from "@/lib/server/inventory/create-deployment";
import { listDeployments } from "@/lib/server/inventory/list-deployments";
import { deploymentFieldsSchema } from "@/lib/validation/inventory";
import { deploymentList } from "@/lib/validation/inventory-lists";

/** Bands and residual scores are those of ?scenario= (default: the active scenario) as of ?asOf=. */
export const GET = defineRoute({}, async ({ request }) => {
  const params = request.nextUrl.searchParams;
  const evaluation = await getRequestedEvaluation(params);
  return listDeployments(db, deploymentList.parse(params), evaluation);
});

export const POST = defineRoute(
  { permission: ["create", "deployment"], schema: deploymentFieldsSchema },
  async ({ input, user }) =>
    NextResponse.json(await createDeployment(db, user.id, input), { status: 201 }),
);
