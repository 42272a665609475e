/**
 * A scenario as the audit log and the editor see it (rules in display order), and the mapping from
 * validated input to rule rows. Shared by every scenario mutation.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import type { PolicyRuleInput } from "@/lib/validation/scenario";

export async function readScenario(tx: Tx, id: string) {
  const scenario = await tx.policyScenario.findUnique({
    where: { id },
    include: { rules: { orderBy: { position: "asc" } } },
  });
  if (!scenario) throw new NotFoundError("This scenario no longer exists.");
  return scenario;
}

export type ScenarioRecord = Awaited<ReturnType<typeof readScenario>>;

/** Rule rows for createMany; `keepIds` are the ids that may be kept (this scenario's own rules). */
export function ruleRows(
  scenarioId: string,
  rules: readonly PolicyRuleInput[],
  keepIds: ReadonlySet<string> = new Set(),
): Prisma.PolicyRuleCreateManyInput[] {
  return rules.map((r, position) => ({
    ...(r.id && keepIds.has(r.id) ? { id: r.id } : {}),
    scenarioId,
    position,
    name: r.name,
    groupIds: r.jurisdictions.groupIds,
    countries: r.jurisdictions.countries,
    allOthers: r.jurisdictions.allOthers,
    excludeGroupIds: r.jurisdictions.excludeGroupIds,
    excludeCountries: r.jurisdictions.excludeCountries,
    allModels: r.models.all,
    originCodes: r.models.originCodes,
    vendorIds: r.models.vendorIds,
    weights: r.models.weights,
    minTrainingComputeFlop: r.models.minTrainingComputeFlop,
    capabilityClasses: r.models.capabilityClasses,
    modelIds: r.models.modelIds,
    outcome: r.outcome,
    rationale: r.rationale,
    source: r.source,
    effectiveDate: r.effectiveDate ? new Date(`${r.effectiveDate}T00:00:00Z`) : null,
  }));
}

/** Scenario names are unique; say so next to the name field rather than failing on the index. */
export async function assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const clash = await tx.policyScenario.findFirst({
    where: { name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) {
    throw new ConflictError(`A scenario named “${name}” already exists.`, { field: "name" });
  }
}
