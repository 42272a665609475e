import "server-only";
import { db } from "@/lib/server/db/client";
import { getEvaluation, resolveScenarioId } from "@/lib/server/engine/get-evaluation";
import { perRevisionByKey } from "@/lib/server/engine/revision-cache";
import { listNeedsAttention, type AttentionItem } from "./list-needs-attention";

/** The needs-attention list of a scenario, kept until the data revision moves. */
const needsAttentionOf = perRevisionByKey("needs-attention", async (scenarioId) => {
  const evaluation = await getEvaluation(scenarioId);
  return evaluation ? listNeedsAttention(db, evaluation) : [];
});

/** What needs attention under the scenario the user is viewing (the sidebar and the page). */
export async function loadNeedsAttention(
  requested?: string | null,
): Promise<{ scenarioId: string | null; items: AttentionItem[] }> {
  const scenarioId = await resolveScenarioId(requested);
  return { scenarioId, items: scenarioId ? await needsAttentionOf(scenarioId) : [] };
}

export async function countNeedsAttention(): Promise<number> {
  return (await loadNeedsAttention()).items.length;
}
