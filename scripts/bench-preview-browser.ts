/**
 * The live impact preview as a user sees it, measured in the page: from the edit to the first frame
 * painted with the answer (the debounce, the request and the render), with a breakdown, for two
 * kinds of edit: one change (a rule's outcome) and a burst of typing (four keystrokes 40 ms apart
 * in a rule's name, timed from the last). See e2e/preview-latency.ts. Needs a running server, e.g.
 * on a database filled by `npm run db:seed-scale`:
 *
 *   npm run bench:preview-browser -- --url http://127.0.0.1:3000 --password … [--runs 10]
 *
 * Exits non-zero when a median exceeds 200 ms.
 */
import { parseArgs } from "node:util";
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { PREVIEW_DEBOUNCE_MS } from "@/components/scenarios/use-impact-preview";
import { measurePreviewLatency, summarisePreview } from "@/e2e/preview-latency";

const { values: args } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    email: { type: "string", default: "compliance@tierscope.local" },
    password: { type: "string", default: process.env.DEMO_PASSWORD ?? "" },
    scenario: { type: "string", default: "G7 trusted partners" },
    runs: { type: "string", default: "10" },
  },
});

async function main() {
  const browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage({ baseURL: args.url });
    await page.goto("/login");
    await page.getByLabel("Email").fill(args.email);
    await page.getByLabel("Password").fill(args.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("user-menu").waitFor();
    await page.goto("/scenarios");
    await page.getByRole("link", { name: args.scenario, exact: true }).click();
    await page.getByTestId("rule-1").waitFor();
    const { oneEdit, typing } = await measurePreviewLatency(page, Number(args.runs));
    const results = [
      { ...summarisePreview("one edit", oneEdit), debounceMs: PREVIEW_DEBOUNCE_MS },
      summarisePreview("typing, from the last keystroke", typing),
    ];
    for (const result of results) console.log(JSON.stringify(result));
    process.exitCode = results.every((r) => r.withinBudget) ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
