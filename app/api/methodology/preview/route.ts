/**
 * POST an edited methodology; get back how many deployments would change band under the active
 * (or named) scenario. Read-only, offered to those who may edit the methodology.
 */
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { getEvaluation, resolveScenarioId } from "@/lib/server/engine/get-evaluation";
import { previewMethodology } from "@/lib/server/engine/preview-methodology";
import { defineRoute, parseJsonBody } from "@/lib/server/route";
import { parseMethodology } from "@/lib/validation/methodology";

export const dynamic = "force-dynamic";

export const POST = defineRoute(
  { permission: ["update", "methodology"], accepts: ["application/json"] },
  async ({ request, body: text }) => {
    const started = performance.now();
    const parsed = parseMethodology(parseJsonBody(text));
    if (!parsed.ok) throw new ValidationError(parsed.problems.join("\n"));
    const scenarioId = await resolveScenarioId(request.nextUrl.searchParams.get("scenario"));
    const saved = scenarioId ? await getEvaluation(scenarioId) : null;
    if (!saved) throw new NotFoundError("There is no scenario to preview against.");
    const preview = previewMethodology(saved, parsed.methodology);
    const elapsed = performance.now() - started;
    return Response.json(
      {
        ...preview,
        scenario: { id: saved.scenario.id, name: saved.scenario.name },
        elapsedMs: Math.round(elapsed),
      },
      { headers: { "Server-Timing": `preview;dur=${elapsed.toFixed(1)}` } },
    );
  },
);
