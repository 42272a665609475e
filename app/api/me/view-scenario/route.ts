import { defineRoute } from "@/lib/server/route";
import { rememberScenario } from "@/lib/server/scenarios/remember-scenario";
import { viewScenarioSchema } from "@/lib/validation/scenario-actions";

/** PUT {scenarioId}: remember the scenario the signed-in user looks at (pages open it by default). */
export const PUT = defineRoute({ schema: viewScenarioSchema }, async ({ input, user }) => {
  await rememberScenario(user.id, input.scenarioId);
  return { scenarioId: input.scenarioId };
});
