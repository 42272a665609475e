"use client";

import { useEffect, useState } from "react";
import { Link } from "@/components/ui/link";
import type { AssessmentPreviewAnswer } from "@/lib/server/contracts/preview-assessment";

type State =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "ready"; answer: AssessmentPreviewAnswer };

const cell = (r: { residualLikelihood: number; residualImpact: number; band: string }) =>
  `${r.band.toLowerCase()} (likelihood ${r.residualLikelihood} × impact ${r.residualImpact})`;

/** Before saving: the deployments whose residual risk the chosen assessment would change. */
export function AssessmentPreview({ clauseId, choice }: { clauseId: string; choice: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });

  useEffect(() => {
    if (!choice) return;
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- shows the request in flight
    setState({ kind: "loading" });
    fetch(`/api/clauses/${encodeURIComponent(clauseId)}/assessment-preview`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ assessment: choice }),
      signal: controller.signal,
    })
      .then(async (response) => {
        const body = await response.json();
        if (!response.ok) throw new Error(body?.message ?? "The preview could not be computed.");
        setState({ kind: "ready", answer: body as AssessmentPreviewAnswer });
      })
      .catch((error: Error) => {
        if (error.name !== "AbortError") setState({ kind: "error", message: error.message });
      });
    return () => controller.abort();
  }, [clauseId, choice]);

  if (!choice || state.kind === "idle") return null;
  return (
    <section
      aria-label="Effect on residual risk"
      aria-live="polite"
      data-testid="assessment-preview"
      className="rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-700"
    >
      {state.kind === "loading" && (
        <p className="text-zinc-500 dark:text-zinc-400">Working out the effect…</p>
      )}
      {state.kind === "error" && <p className="text-red-700 dark:text-red-400">{state.message}</p>}
      {state.kind === "ready" &&
        (state.answer.changes.length === 0 ? (
          <p>
            No deployment&apos;s residual risk changes
            {state.answer.scenarioName ? ` under “${state.answer.scenarioName}”` : ""} (
            {state.answer.covered} covered by this contract).
          </p>
        ) : (
          <>
            <p className="mb-2">
              Saving changes the residual risk of {state.answer.changes.length + state.answer.more}{" "}
              deployment{state.answer.changes.length + state.answer.more === 1 ? "" : "s"}
              {state.answer.scenarioName ? ` under “${state.answer.scenarioName}”` : ""}:
            </p>
            <ul className="space-y-1">
              {state.answer.changes.map((c) => (
                <li key={c.deploymentId} data-testid="preview-change">
                  <Link
                    href={`/deployments/${c.deploymentId}`}
                    className="font-medium underline underline-offset-2"
                  >
                    {c.ref}
                  </Link>{" "}
                  {c.name}: {cell(c.before)} → {cell(c.after)}
                </li>
              ))}
            </ul>
            {state.answer.more > 0 && <p className="mt-1">…and {state.answer.more} more.</p>}
          </>
        ))}
    </section>
  );
}
