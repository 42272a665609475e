import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/server/route";
import { db } from "@/lib/server/db/client";
import { createModel } from "@/lib/server/inventory/create-model";
import { listModels } from "@/lib/server/inventory/list-models";
import { modelFieldsSchema } from "@/lib/validation/inventory";
import { modelList } from "@/lib/validation/inventory-lists";

export const GET = defineRoute({}, async ({ request }) =>
  listModels(db, modelList.parse(request.nextUrl.searchParams)),
);

export const POST = defineRoute(
  { permission: ["create", "model"], schema: modelFieldsSchema },
  async ({ input, user }) =>
    NextResponse.json(await createModel(db, user.id, input), { status: 201 }),
);
