import type { ComponentProps } from "react";
import { AsOfControl } from "@/components/shell/as-of-control";
import { ScenarioPicker } from "@/components/shell/scenario-picker";
import { today } from "@/lib/clock";

/** " under <scenario>[, as of <date>]" for a heading; empty without an evaluation. */
export function scoredUnder(evaluation: { scenario: { name: string }; asOf: string } | null) {
  if (!evaluation) return "";
  const date = evaluation.asOf === today() ? "" : `, as of ${evaluation.asOf}`;
  return ` under ${evaluation.scenario.name}${date}`;
}

/** The scenario a page is scored under and the date it is scored on, side by side. */
export function EvaluationControls({
  scenarios,
  scenarioId,
  asOf,
}: {
  scenarios: ComponentProps<typeof ScenarioPicker>["scenarios"];
  scenarioId: string;
  asOf: string;
}) {
  return (
    <>
      <ScenarioPicker scenarios={scenarios} value={scenarioId} />
      <AsOfControl asOf={asOf} today={today()} />
    </>
  );
}
