import type { ReferenceStatus } from "@/lib/domain/types";
import { groupByStatus } from "@/lib/reference/reference-status";

/** A scenario <select>'s options, grouped by what each scenario is (law in force, what-if…). */
export function ScenarioOptions({
  scenarios,
}: {
  scenarios: { id: string; name: string; isActive: boolean; legalStatus: ReferenceStatus }[];
}) {
  return groupByStatus(scenarios).map((group) => (
    <optgroup key={group.status} label={group.label}>
      {group.items.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
          {s.isActive ? " (active)" : ""}
        </option>
      ))}
    </optgroup>
  ));
}
