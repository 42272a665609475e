import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { db } from "@/lib/server/db/client";
import { defineRoute } from "@/lib/server/route";
import { annotationCreateSchema } from "@/lib/validation/legal";

export const POST = defineRoute(
  { permission: ["create", "annotation"], schema: annotationCreateSchema },
  async ({ user, input }) => {
    const row = await createAnnotation(db, user.id, input);
    return { id: row.id, quote: row.quote, start: row.startOffset, end: row.endOffset };
  },
);
