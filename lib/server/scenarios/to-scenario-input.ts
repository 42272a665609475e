import type { ScenarioInput } from "@/lib/validation/scenario";
import type { ScenarioRecord } from "./scenario-record";

/** A stored scenario as the editor's form values (the inverse of ruleRows). */
export function toScenarioInput(s: ScenarioRecord): ScenarioInput {
  return {
    name: s.name,
    description: s.description,
    defaultOutcome: s.defaultOutcome,
    rules: s.rules.map((r) => ({
      id: r.id,
      name: r.name,
      jurisdictions: {
        groupIds: r.groupIds,
        countries: r.countries,
        allOthers: r.allOthers,
        excludeGroupIds: r.excludeGroupIds,
        excludeCountries: r.excludeCountries,
      },
      models: {
        all: r.allModels,
        originCodes: r.originCodes,
        vendorIds: r.vendorIds,
        weights: r.weights,
        minTrainingComputeFlop: r.minTrainingComputeFlop,
        capabilityClasses: r.capabilityClasses,
        modelIds: r.modelIds,
      },
      outcome: r.outcome,
      rationale: r.rationale,
      source: r.source,
      effectiveDate: r.effectiveDate ? r.effectiveDate.toISOString().slice(0, 10) : null,
    })),
  };
}
