"use client";

import { useLayoutEffect, useRef, useState } from "react";
import type { ScenarioPreview } from "@/lib/server/engine/preview-scenario";

/**
 * The pause that marks the end of a burst of edits. An edit after a quiet spell is previewed at
 * once; edits following each other closer than this wait until the burst ends (each new one
 * aborts the request in flight), so typing sends one request for its first keystroke and one after
 * its last.
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
 * Asks the server what the unsaved draft would change: at once for a single edit, after a short
 * pause during a burst of edits (PREVIEW_DEBOUNCE_MS). Each new edit aborts the request in flight,
 * and an answer is shown only for the draft it was asked for, so a late answer for an older draft
 * never overwrites a newer one.
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
  const lastEdit = useRef(Number.NEGATIVE_INFINITY);

  // A layout effect: the request leaves before the browser paints the edit, not a frame later.
  useLayoutEffect(() => {
    if (requestKey === null || draftKey === null) return;
    const now = performance.now();
    const inBurst = now - lastEdit.current < PREVIEW_DEBOUNCE_MS;
    lastEdit.current = now;
    const controller = new AbortController();
    const settle = (a: Answer) => {
      if (!controller.signal.aborted) setAnswer({ key: requestKey, answer: a });
    };
    const ask = async () => {
      try {
        const response = await fetch(
          `/api/scenarios/${scenarioId}/preview${window.location.search}`,
          {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: draftKey,
            signal: controller.signal,
          },
        );
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
    };
    // A single edit is asked about at once; an edit in a burst waits for the burst to end.
    const timer = inBurst ? setTimeout(ask, PREVIEW_DEBOUNCE_MS) : undefined;
    if (!inBurst) void ask();
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
