"use client";
import { useEffect, useState } from "react";
import type { Methodology } from "@/lib/domain/methodology/methodology";
import type { MethodologyPreview } from "@/lib/server/engine/preview-methodology";

export type PreviewState =
  | { status: "idle" | "loading" }
  | {
      status: "ready";
      preview: MethodologyPreview & { scenario: { name: string }; elapsedMs: number };
    }
  | { status: "error"; message: string };

/** Asks the server, shortly after the last edit, how many deployments the draft moves. */
export function useMethodologyPreview(draft: Methodology, problems: string[]): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: "idle" });
  const body = JSON.stringify(draft);
  const blocked = problems.length > 0;
  useEffect(() => {
    if (blocked) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState({ status: "loading" });
      try {
        const response = await fetch("/api/methodology/preview", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body,
          signal: controller.signal,
        });
        const json = await response.json();
        setState(
          response.ok
            ? { status: "ready", preview: json }
            : { status: "error", message: json.message ?? "The preview failed." },
        );
      } catch (error) {
        if (!controller.signal.aborted)
          setState({ status: "error", message: `The preview failed: ${String(error)}` });
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body, blocked]);
  return state;
}
