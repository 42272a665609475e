/**
 * The live impact preview as a user sees it: time from changing a rule's outcome in the editor to
 * the preview showing the new result (includes the debounce (PREVIEW_DEBOUNCE_MS), the request and the repaint).
 * Needs a running server (e.g. on a database filled by `npm run db:seed-scale`):
 *
 *   npx tsx scripts/bench-preview-browser.ts --url http://127.0.0.1:3202 --password … [--runs 10]
 */
import { parseArgs } from "node:util";
import fs from "node:fs";
import { chromium } from "@playwright/test";

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
    args: ["--no-sandbox", "--disable-gpu"],
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
    const outcome = page.getByTestId("rule-1").getByLabel("Outcome");
    await outcome.waitFor();
    const original = await outcome.inputValue();
    const choices = ["RESTRICTED", "PROHIBITED"];
    const timings: number[] = [];
    for (let i = 0; i < Number(args.runs) + 1; i++) {
      const t0 = Date.now();
      await outcome.selectOption(choices[i % 2]);
      // The preview is current when it is no longer busy and shows a summary.
      await page.waitForFunction(() => {
        const el = document.querySelector('[data-testid="impact-preview"]');
        return (
          el?.getAttribute("aria-busy") === "false" &&
          el.querySelector('[data-testid="impact-summary"]')
        );
      });
      if (i > 0) timings.push(Date.now() - t0);
      await outcome.selectOption(original);
      await page.getByTestId("impact-none").waitFor();
    }
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        changeToPreviewMs: {
          median: sorted[Math.floor(sorted.length / 2)],
          max: sorted[sorted.length - 1],
          runs: sorted.length,
        },
        includesDebounceMs: 80, // PREVIEW_DEBOUNCE_MS in components/scenarios/use-impact-preview.ts
      }),
    );
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
