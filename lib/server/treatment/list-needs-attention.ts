import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Evaluation } from "@/lib/domain";
import {
  attentionReason,
  type AttentionReason,
  type TreatmentState,
} from "@/lib/domain/treatment/needs-attention";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export interface AttentionItem {
  deploymentId: string;
  ref: string;
  modelId: string;
  code: string;
  band: string;
  reason: AttentionReason;
  ownerId: string | null;
}

/** Every treatment, as the domain reads it, by deployment id. */
export async function loadTreatmentStates(
  db: PrismaClient,
): Promise<Map<string, TreatmentState & { ownerId: string | null }>> {
  const rows = await db.deploymentTreatment.findMany({
    select: {
      deploymentId: true,
      kind: true,
      dueDate: true,
      expiresAt: true,
      reviewDate: true,
      ownerId: true,
    },
  });
  return new Map(
    rows.map((r) => [
      r.deploymentId,
      {
        kind: r.kind,
        dueDate: iso(r.dueDate),
        expiresAt: iso(r.expiresAt),
        reviewDate: iso(r.reviewDate),
        ownerId: r.ownerId,
      },
    ]),
  );
}

/** Deployments that need attention today under an evaluation (and its methodology's appetite). */
export async function listNeedsAttention(
  db: PrismaClient,
  evaluation: Evaluation,
): Promise<AttentionItem[]> {
  const treatments = await loadTreatmentStates(db);
  const appetite = evaluation.internals.scoring.methodology.source.appetite;
  const items: AttentionItem[] = [];
  evaluation.inventory.deployments.forEach((d, position) => {
    const result = evaluation.deploymentAt(position);
    const treatment = treatments.get(d.id);
    const reason = attentionReason(result, appetite, treatment, evaluation.asOf);
    if (reason)
      items.push({
        deploymentId: d.id,
        ref: d.ref,
        modelId: d.modelId,
        code: d.jurisdictionCode,
        band: result.band,
        reason,
        ownerId: treatment?.ownerId ?? null,
      });
  });
  return items;
}
