import { z } from "zod";
import { previewAssessment } from "@/lib/server/contracts/preview-assessment";
import { defineRoute } from "@/lib/server/route";
import { ASSESSMENT_CHOICES } from "@/lib/validation/legal";

const bodySchema = z.object({
  assessment: z.enum(ASSESSMENT_CHOICES, { error: "Choose adequate, weak or missing." }),
});

/** Previews an assessment before it is saved: a read, so nothing is written or audited. */
export const POST = defineRoute(
  { permission: ["update", "clause"], schema: bodySchema },
  async ({ input, params }) => previewAssessment(params.id, input.assessment),
);
