import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/server/route";
import { db } from "@/lib/server/db/client";
import { createVendor } from "@/lib/server/inventory/create-vendor";
import { getEvaluation, resolveScenarioId } from "@/lib/server/engine/get-evaluation";
import { listVendors } from "@/lib/server/inventory/list-vendors";
import { vendorFieldsSchema } from "@/lib/validation/inventory";
import { vendorList } from "@/lib/validation/inventory-lists";

export const GET = defineRoute({}, async ({ request }) => {
  const state = vendorList.parse(request.nextUrl.searchParams);
  const scenarioId = state.filters.gaps.length
    ? await resolveScenarioId(request.nextUrl.searchParams.get("scenario"))
    : null;
  return listVendors(db, state, false, scenarioId ? await getEvaluation(scenarioId) : null);
});

export const POST = defineRoute(
  { permission: ["create", "vendor"], schema: vendorFieldsSchema },
  async ({ input, user }) =>
    NextResponse.json(await createVendor(db, user.id, input), { status: 201 }),
);
