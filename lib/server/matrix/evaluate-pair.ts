import "server-only";
import type { Evaluation } from "@/lib/domain";
import { getExistingEvaluation } from "./get-existing-evaluation";
import { NotFoundError } from "@/lib/server/errors";

/**
 * Both scenarios of a comparison evaluated over the current inventory on one date (today unless
 * asked), or a 404 naming the missing one.
 */
export async function evaluatePair(
  a: string,
  b: string,
  asOf?: string,
): Promise<[Evaluation, Evaluation]> {
  const before = await getExistingEvaluation(a, asOf);
  if (!before) throw new NotFoundError("The first scenario does not exist (any more).");
  const after = await getExistingEvaluation(b, asOf);
  if (!after) throw new NotFoundError("The second scenario does not exist (any more).");
  return [before, after];
}
