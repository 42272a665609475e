import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/server/route";
import { db } from "@/lib/server/db/client";
import { createContract } from "@/lib/server/inventory/create-contract";
import { listContracts } from "@/lib/server/inventory/list-contracts";
import { contractFieldsSchema } from "@/lib/validation/inventory";
import { contractList } from "@/lib/validation/inventory-lists";

export const GET = defineRoute({}, async ({ request }) =>
  listContracts(db, contractList.parse(request.nextUrl.searchParams)),
);

export const POST = defineRoute(
  { permission: ["create", "contract"], schema: contractFieldsSchema },
  async ({ input, user }) =>
    NextResponse.json(await createContract(db, user.id, input), { status: 201 }),
);
