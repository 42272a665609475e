"use client";
import type { PreviewState } from "./use-methodology-preview";

/** The draft's effect on the active scenario, in words; or what stops it from being used. */
export function PreviewSummary({ state, problems }: { state: PreviewState; problems: string[] }) {
  if (problems.length > 0)
    return (
      <div role="alert" className="text-sm text-red-700 dark:text-red-400">
        <p className="font-medium">This methodology cannot be used yet:</p>
        <ul className="mt-1 list-disc pl-5">
          {problems.slice(0, 8).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    );
  if (state.status === "error")
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {state.message}
      </p>
    );
  if (state.status !== "ready")
    return (
      <p className="text-sm text-zinc-500 dark:text-zinc-400">Working out what the edits change…</p>
    );
  const p = state.preview;
  return (
    <div aria-live="polite" className="text-sm" data-testid="methodology-preview">
      <p>
        <strong data-testid="preview-band-changes" className="text-2xl tabular-nums">
          {p.bandChanges}
        </strong>{" "}
        of {p.deployments} deployments change band under “{p.scenario.name}” ({p.worse} worse,{" "}
        {p.better} better).
      </p>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        Above appetite: {p.aboveAppetiteBefore} → {p.aboveAppetiteAfter}.
      </p>
      <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">Computed in {p.elapsedMs} ms.</p>
    </div>
  );
}
