"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Select } from "@/components/ui/input";
import { ScenarioOptions } from "./scenario-options";
import { ReferenceStatusBadge } from "@/components/reference/reference-status-badge";
import type { ReferenceStatus } from "@/lib/domain/types";

/**
 * The scenario lives in the URL (?scenario=) so a view can be shared, and is remembered for the
 * user, so pages opened without one show it too.
 */
export function ScenarioPicker({
  scenarios,
  value,
  param = "scenario",
  label = "Scenario",
  onPick,
}: {
  scenarios: { id: string; name: string; isActive: boolean; legalStatus: ReferenceStatus }[];
  value: string;
  /** Another URL parameter ("baseline") picks a scenario to compare with; only ?scenario= is remembered. */
  param?: string;
  label?: string;
  /**
   * Takes over after a choice (e.g. to show it at once): called with the chosen id and the
   * navigation to the page for it, which it must run (after what it shows first).
   */
  onPick?: (id: string, navigate: () => void) => void;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const current = scenarios.find((s) => s.id === value);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={`${param}-picker`} className="text-sm text-zinc-600 dark:text-zinc-400">
        {label}
      </label>
      <Select
        id={`${param}-picker`}
        className="w-64 max-w-full sm:w-80"
        value={value}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          next.set(param, e.target.value);
          if (param === "scenario")
            void fetch("/api/me/view-scenario", {
              method: "PUT",
              headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ scenarioId: e.target.value }),
              keepalive: true,
            });
          const navigate = () => router.push(`${pathname}?${next}`);
          if (onPick) onPick(e.target.value, navigate);
          else navigate();
        }}
      >
        <ScenarioOptions scenarios={scenarios} />
      </Select>
      {current && <ReferenceStatusBadge status={current.legalStatus} />}
    </div>
  );
}
