/**
 * POST the editor's unsaved scenario; get back what it would change against the saved one.
 * Read-only, but offered to those who may edit scenarios (it is the editor's companion).
 */
import { parseAsOf } from "@/lib/as-of";
import { AS_OF_PARAM } from "@/lib/scenario-link";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { getEvaluation } from "@/lib/server/engine/get-evaluation";
import { draftScenario, previewScenario } from "@/lib/server/engine/preview-scenario";
import { defineRoute, parseJsonBody } from "@/lib/server/route";
import { describePath, scenarioInputSchema } from "@/lib/validation/scenario";

export const dynamic = "force-dynamic";

export const POST = defineRoute(
  { permission: ["update", "scenario"], accepts: ["application/json"] },
  async ({ params, request, body: text }) => {
    const started = performance.now();
    const body = parseJsonBody(text);
    // Shape only: the engine ignores unknown references, which the editor flags on its own.
    const parsed = scenarioInputSchema.safeParse(body);
    if (!parsed.success)
      throw new ValidationError(
        parsed.error.issues
          .map(
            (i) =>
              `${describePath(
                body,
                i.path.filter((k) => typeof k !== "symbol"),
              )}: ${i.message}`,
          )
          .join("\n"),
      );
    // ?asOf= (the page's date): the impact on that day's memberships and rules; else today.
    const asOf = parseAsOf(request.nextUrl.searchParams.get(AS_OF_PARAM)) ?? undefined;
    const saved = await getEvaluation(params.id, asOf);
    if (!saved) throw new NotFoundError("This scenario no longer exists.");
    const preview = previewScenario(saved, draftScenario(params.id, parsed.data));
    return Response.json(
      { ...preview, elapsedMs: Math.round(performance.now() - started) },
      { headers: { "Server-Timing": `preview;dur=${(performance.now() - started).toFixed(1)}` } },
    );
  },
);
