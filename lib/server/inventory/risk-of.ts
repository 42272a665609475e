import type { DeploymentResult, Evaluation } from "@/lib/domain";

/** A deployment's result under the evaluation, or null when it takes part in no score (archived). */
export function riskOf(
  evaluation: Evaluation | null,
  deploymentId: string,
): DeploymentResult | null {
  if (!evaluation) return null;
  try {
    return evaluation.deployment(deploymentId);
  } catch {
    return null;
  }
}
