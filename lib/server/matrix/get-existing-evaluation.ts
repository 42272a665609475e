import "server-only";
import type { Evaluation } from "@/lib/domain";
import { getEvaluation, resolveScenarioId } from "@/lib/server/engine/get-evaluation";

/**
 * The evaluation of scenario `id`, or null when no such scenario exists. Checks existence first
 * with one small query: getEvaluation() loads the whole inventory before it finds out, which on a
 * large inventory makes every request with a stale or made-up id cost seconds.
 */
export async function getExistingEvaluation(id: string, asOf?: string): Promise<Evaluation | null> {
  if ((await resolveScenarioId(id)) !== id) return null;
  return getEvaluation(id, asOf);
}
