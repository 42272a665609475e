"use client";

import { useEffect, useState } from "react";
import type { ScenarioPreview } from "@/lib/server/engine/preview-scenario";

/**
 * Short enough that the preview lands within 200 ms of a keystroke (a warm preview takes ≈ 40–80 ms
 * on the server); typing faster than this only aborts and replaces the request in flight.
 */
export const PREVIEW_DEBOUNCE_MS = 80;

type PreviewData = ScenarioPreview & { elapsedMs: number };

export type PreviewState =
  | { status: "unchanged" }
  | { status: "invalid" }
  | { status: "loading"; last: PreviewData | null }
  | { status: "ready"; data: PreviewData }
  | { status: "error"; message: string };

type Answer = { status: "ready"; data: PreviewData } | { status: "error"; message: string };

/**
 * Asks the server what the unsaved draft would change, a short pause after the last edit. Each new
 * edit aborts the request in flight, and an answer is shown only for the draft it was asked for, so
 * a late answer for an older draft never overwrites a newer one.
 *
 * `draftKey` is the draft as JSON, null when there is nothing unsaved; `basis` changes when the
 * saved data changes (the comparison must then be redone).
 */
export function useImpactPreview(
  scenarioId: string,
  draftKey: string | null,
  valid: boolean,
  basis: string,
): PreviewState {
  const requestKey = valid && draftKey !== null ? `${basis}\n${draftKey}` : null;
  const [answer, setAnswer] = useState<{ key: string; answer: Answer } | null>(null);

  useEffect(() => {
    if (requestKey === null || draftKey === null) return;
    const controller = new AbortController();
    const settle = (a: Answer) => {
      if (!controller.signal.aborted) setAnswer({ key: requestKey, answer: a });
    };
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/scenarios/${scenarioId}/preview`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: draftKey,
          signal: controller.signal,
        });
        const body = (await response.json()) as PreviewData | { message: string };
        if (!response.ok || "message" in body)
          settle({
            status: "error",
            message: "message" in body ? body.message : "Preview failed.",
          });
        else settle({ status: "ready", data: body });
      } catch (error) {
        settle({
          status: "error",
          message: error instanceof Error ? error.message : "Preview failed.",
        });
      }
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [scenarioId, requestKey, draftKey]);

  if (!valid) return { status: "invalid" };
  if (requestKey === null) return { status: "unchanged" };
  if (answer?.key === requestKey) return answer.answer;
  return {
    status: "loading",
    last: answer?.answer.status === "ready" ? answer.answer.data : null,
  };
}
