import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db/client";
import { getCurrentUser } from "@/lib/server/guards";
import { NotFoundError } from "@/lib/server/errors";

/**
 * The scenario a user chooses to look at follows them: stored on their user row, read by pages
 * opened without ?scenario=. A view preference, not business data: no audit event, because every
 * audit event starts a new data revision and would throw away every cached evaluation whenever
 * someone merely switches what they look at (decision "scenario follows the user").
 */
export async function rememberScenario(userId: string, scenarioId: string): Promise<void> {
  const exists = await db.policyScenario.findUnique({
    where: { id: scenarioId },
    select: { id: true },
  });
  if (!exists) throw new NotFoundError("That scenario no longer exists.");
  await db.user.update({ where: { id: userId }, data: { viewScenarioId: scenarioId } });
}

/** The scenario the signed-in user last chose, read once per request; null outside one. */
export const rememberedScenarioId = cache(async (): Promise<string | null> => {
  const user = await getCurrentUser();
  if (!user) return null;
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { viewScenarioId: true },
  });
  return row?.viewScenarioId ?? null;
});
