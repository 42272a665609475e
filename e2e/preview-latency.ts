/**
 * The live impact preview's latency as a user sees it, measured in the page: from an edit to the
 * first frame painted with the answer. Shared by e2e/scale.spec.ts and
 * scripts/bench-preview-browser.ts. Expects `page` on a scenario editor whose second rule
 * (rule-1) can change outcome.
 */
import type { Page } from "@playwright/test";
import { OUTCOMES } from "../lib/domain/types";

export const PREVIEW_BUDGET_MS = 200;

export interface PreviewTiming {
  /** From the edit to the preview request leaving, to its response, to the painted answer. */
  requestStart: number;
  responseEnd: number;
  total: number;
}

declare global {
  interface Window {
    __previewTiming?: { done: PreviewTiming | null };
  }
}

/**
 * Runs in the page: counts `event`s (change or input) up to the `expected`-th, then watches the
 * preview until it shows a finished answer and waits for the next frame to be painted. Times are
 * from that last event; the request's own timings come from the Resource Timing API. Plain
 * JavaScript text: tsx would add helpers to a compiled function that the page lacks.
 */
const armTimer = (event: "change" | "input", expected: number) => `(() => {
  const state = { done: null };
  window.__previewTiming = state;
  let seen = 0;
  let lastAt = 0;
  const ready = () => {
    const el = document.querySelector('[data-testid="impact-preview"]');
    return el?.getAttribute("aria-busy") === "false" && !!el.querySelector('[data-testid="impact-summary"]');
  };
  const observer = new MutationObserver(() => {
    if (seen < ${expected} || !ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      const painted = performance.now();
      const request = performance.getEntriesByType("resource")
        .filter((e) => e.name.includes("/preview") && e.startTime >= lastAt).pop();
      state.done = {
        requestStart: (request?.startTime ?? lastAt) - lastAt,
        responseEnd: (request?.responseEnd ?? lastAt) - lastAt,
        total: painted - lastAt,
      };
    }));
  });
  const onEvent = () => {
    seen += 1;
    lastAt = performance.now();
    if (seen === ${expected}) {
      document.removeEventListener("${event}", onEvent, true);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    }
  };
  document.addEventListener("${event}", onEvent, true);
})()`;

async function timed(page: Page, arm: string, act: () => Promise<unknown>): Promise<PreviewTiming> {
  await page.evaluate(arm);
  await act();
  const timing = await page.waitForFunction(() => window.__previewTiming?.done ?? null, null, {
    timeout: 10_000,
  });
  return (await timing.jsonValue()) as PreviewTiming;
}

/**
 * `runs` measured edits of two kinds, after two unmeasured ones that warm the browser and the
 * server's caches: one change (rule 2's outcome), and a burst of typing (four keystrokes 40 ms
 * apart in rule 2's name, timed from the last). Each edit is undone before the next.
 */
export async function measurePreviewLatency(page: Page, runs: number) {
  const rule = page.getByTestId("rule-1");
  const outcome = rule.getByLabel("Outcome");
  const name = rule.getByLabel("Rule 2 name");
  const original = { outcome: await outcome.inputValue(), name: await name.inputValue() };
  // Every run asks about a draft unlike the one before: the preview shows an answer it already
  // holds without asking, which would time nothing.
  const choices = OUTCOMES.filter((c) => c !== original.outcome);
  const oneEdit: PreviewTiming[] = [];
  const typing: PreviewTiming[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const t = await timed(page, armTimer("change", 1), () =>
      outcome.selectOption(choices[i % choices.length]),
    );
    if (i >= 2) oneEdit.push(t);
    await outcome.selectOption(original.outcome);
    await page.getByTestId("impact-none").waitFor();
  }
  for (let i = 0; i < runs + 2; i++) {
    await name.focus();
    await page.keyboard.press("End");
    const t = await timed(page, armTimer("input", 4), () =>
      name.pressSequentially(` v${i % 10}x`, { delay: 40 }),
    );
    if (i >= 2) typing.push(t);
    await name.fill(original.name);
    await page.getByTestId("impact-none").waitFor();
  }
  return { oneEdit, typing };
}

function median(runs: PreviewTiming[], pick: (t: PreviewTiming) => number): number {
  const sorted = runs.map(pick).sort((x, y) => x - y);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
}

/** Median, max and a median breakdown, as one JSON-able object. */
export function summarisePreview(edit: string, runs: PreviewTiming[]) {
  const total = median(runs, (t) => t.total);
  return {
    edit,
    toPaintMs: {
      median: total,
      max: Math.round(Math.max(...runs.map((t) => t.total))),
      runs: runs.length,
    },
    medianBreakdownMs: {
      untilRequest: median(runs, (t) => t.requestStart),
      request: median(runs, (t) => t.responseEnd - t.requestStart),
      renderAndPaint: median(runs, (t) => t.total - t.responseEnd),
    },
    withinBudget: total <= PREVIEW_BUDGET_MS,
  };
}
