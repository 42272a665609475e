import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/server/route";
import { db } from "@/lib/server/db/client";
import { createVendor } from "@/lib/server/inventory/create-vendor";
import { getRequestedEvaluation } from "@/lib/server/engine/get-evaluation";
import { listVendors } from "@/lib/server/inventory/list-vendors";
import { vendorFieldsSchema } from "@/lib/validation/inventory";
import { vendorList } from "@/lib/validation/inventory-lists";

/** ?gaps= filters by the contract gaps under ?scenario= as of ?asOf= (default: today). */
export const GET = defineRoute({}, async ({ request }) => {
  const search = request.nextUrl.searchParams;
  const state = vendorList.parse(search);
  const evaluation = state.filters.gaps.length ? await getRequestedEvaluation(search) : null;
  return listVendors(db, state, false, evaluation);
});

export const POST = defineRoute(
  { permission: ["create", "vendor"], schema: vendorFieldsSchema },
  async ({ input, user }) =>
    NextResponse.json(await createVendor(db, user.id, input), { status: 201 }),
);
