"use client";

import { useSearchParams } from "next/navigation";
import { SCENARIO_PARAM } from "@/lib/scenario-link";

/** Which scenario the page shows: the one in the URL, else the user's remembered or the default. */
export function ViewedScenario({
  scenarios,
  fallbackId,
}: {
  scenarios: { id: string; name: string; isActive: boolean }[];
  fallbackId: string | null;
}) {
  const requested = useSearchParams().get(SCENARIO_PARAM);
  const scenario =
    scenarios.find((s) => s.id === requested) ?? scenarios.find((s) => s.id === fallbackId);
  if (!scenario && !requested) return null;
  return (
    <p className="mr-auto truncate pl-10 text-sm text-zinc-600 md:pl-0 dark:text-zinc-400">
      Scenario:{" "}
      <span className="font-medium text-zinc-900 dark:text-zinc-100" data-testid="viewed-scenario">
        {scenario ? scenario.name : "an archived scenario"}
      </span>
      {scenario?.isActive && <span className="text-zinc-500 dark:text-zinc-400"> (active)</span>}
    </p>
  );
}
