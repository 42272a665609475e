import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/server/route";
import { db } from "@/lib/server/db/client";
import { createVendor } from "@/lib/server/inventory/create-vendor";
import { listVendors } from "@/lib/server/inventory/list-vendors";
import { vendorFieldsSchema } from "@/lib/validation/inventory";
import { vendorList } from "@/lib/validation/inventory-lists";

export const GET = defineRoute({}, async ({ request }) =>
  listVendors(db, vendorList.parse(request.nextUrl.searchParams)),
);

export const POST = defineRoute(
  { permission: ["create", "vendor"], schema: vendorFieldsSchema },
  async ({ input, user }) =>
    NextResponse.json(await createVendor(db, user.id, input), { status: 201 }),
);
