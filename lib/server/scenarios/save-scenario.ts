import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { updateVersioned } from "@/lib/server/concurrency";
import { ValidationError, type FieldErrors } from "@/lib/server/errors";
import { sourceUrlLines, validateScenario } from "@/lib/validation/scenario";
import type { SaveScenarioInput } from "@/lib/validation/scenario-actions";
import { loadKnownReferences } from "./load-known-references";
import { assertNameFree, readScenario, ruleRows } from "./scenario-record";

/**
 * Replaces a scenario's fields and rules as one versioned change with one audit event. Rules keep
 * their ids where the input names one of this scenario's rules, so links to a rule stay valid.
 */
export async function saveScenario(db: PrismaClient, actorId: string, input: SaveScenarioInput) {
  return db.$transaction(async (tx) => {
    const before = await readScenario(tx, input.id);
    const checked = validateScenario(input.scenario, await loadKnownReferences(tx));
    if (!checked.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of checked.issues)
        (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.fieldMessage);
      throw new ValidationError(checked.issues.map((i) => i.message).join("\n"), fieldErrors);
    }
    const scenario = checked.data;
    await assertNameFree(tx, scenario.name, input.id);
    await updateVersioned(tx, tx.policyScenario, "scenario", "scenario", input.id, input.version, {
      name: scenario.name,
      description: scenario.description,
      defaultOutcome: scenario.defaultOutcome,
      ...(scenario.reference && {
        legalStatus: scenario.reference.legalStatus,
        sources: scenario.reference.sources,
        sourceUrls: sourceUrlLines(scenario.reference.sourceUrls),
        checkedOn: scenario.reference.checkedOn
          ? new Date(`${scenario.reference.checkedOn}T00:00:00Z`)
          : null,
      }),
    });
    const ownIds = new Set(before.rules.map((r) => r.id));
    await tx.policyRule.deleteMany({ where: { scenarioId: input.id } });
    await tx.policyRule.createMany({ data: ruleRows(input.id, scenario.rules, ownIds) });
    const after = await readScenario(tx, input.id);
    await recordAudit(tx, {
      actorId,
      action: "scenario.update",
      entityType: "scenario",
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
