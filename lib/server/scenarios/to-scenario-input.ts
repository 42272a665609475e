import { toDomainRule } from "@/lib/server/engine/load-inventory";
import type { ScenarioInput } from "@/lib/validation/scenario";
import type { ScenarioRecord } from "./scenario-record";

/** A stored scenario as the editor's form values (the inverse of ruleRows). */
export function toScenarioInput(s: ScenarioRecord): ScenarioInput {
  return {
    name: s.name,
    description: s.description,
    defaultOutcome: s.defaultOutcome,
    // The engine's rule shape is the editor's: one mapping from rows serves both.
    rules: s.rules.map(toDomainRule),
    reference: {
      legalStatus: s.legalStatus,
      sources: s.sources,
      sourceUrls: s.sourceUrls.join("\n"),
      checkedOn: s.checkedOn ? s.checkedOn.toISOString().slice(0, 10) : "",
    },
  };
}
