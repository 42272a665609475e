import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail, signIn } from "./helpers";
import { PREVIEW_BUDGET_MS, measurePreviewLatency, summarisePreview } from "./preview-latency";

/**
 * Speed on the scale data set: run with
 *   E2E_SCALE=1 E2E_PORT=3100 npx playwright test e2e/scale.spec.ts
 * (the e2e server then seeds 200 models × 250 jurisdictions × 20,000 deployments). Skipped in the
 * normal run, whose database is the demo seed.
 */
test.skip(process.env.E2E_SCALE !== "1", "needs the scale data set (E2E_SCALE=1)");
test.setTimeout(180_000);

const BUDGET_MS = 300;

/**
 * Picks `name` in the scenario picker and measures, in the page, the time from the change event
 * to the first frame painted after the grid shows that scenario.
 */
async function switchAndMeasure(page: Page, name: string): Promise<number> {
  return page.evaluate(async (scenario) => {
    const select = document.querySelector<HTMLSelectElement>("#scenario-picker")!;
    const option = [...select.options].find((o) => o.text.startsWith(scenario))!;
    const shows = () =>
      document.querySelector("[role=grid]")?.getAttribute("aria-label")?.endsWith(scenario) &&
      document.querySelector("[role=gridcell]") !== null;
    const started = performance.now();
    select.value = option.value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () => (shows() ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    return performance.now() - started;
  }, name);
}

test("switching the scenario repaints a 200 × 250 matrix within 300 ms", async ({ page }) => {
  // The first evaluation loads the whole scale inventory: sign in on a light page, then wait.
  await signIn(page, demoEmail("EXECUTIVE"), DEMO_PASSWORD, "/groups");
  await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 60_000 });
  await page.goto("/matrix", { timeout: 120_000 });
  const grid = page.getByRole("grid");
  await expect(grid).toBeVisible({ timeout: 60_000 });
  expect(Number(await grid.getAttribute("aria-rowcount")) - 1).toBeGreaterThanOrEqual(200);
  expect(Number(await grid.getAttribute("aria-colcount")) - 1).toBeGreaterThanOrEqual(250);

  // First visits evaluate each scenario on the server (cached afterwards, until data changes).
  const scenarios = ["G7 trusted partners", "Five Eyes only"];
  for (const name of scenarios) {
    await page.getByLabel("Scenario").selectOption({ label: name });
    await expect(grid).toHaveAttribute("aria-label", new RegExp(`${name}$`), { timeout: 60_000 });
  }

  // A few unmeasured switches warm the server's and the browser's JIT, as in a working session.
  for (let i = 0; i < 4; i++) await switchAndMeasure(page, scenarios[i % 2]);
  const timings: number[] = [];
  for (let i = 0; i < 10; i++) timings.push(await switchAndMeasure(page, scenarios[i % 2]));
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(JSON.stringify({ repaintMs: timings.map(Math.round), median: Math.round(median) }));
  // Only the visible cells are in the DOM.
  expect(await page.locator("[role=gridcell]").count()).toBeLessThan(2_000);
  expect(median).toBeLessThanOrEqual(BUDGET_MS);
});

test("the impact preview answers within 200 ms of an edit on the scale data", async ({ page }) => {
  await signIn(page, demoEmail("COMPLIANCE"), DEMO_PASSWORD, "/groups");
  await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 60_000 });
  await page.goto("/scenarios");
  await page.getByRole("link", { name: "G7 trusted partners", exact: true }).click();
  await expect(page.getByTestId("rule-1")).toBeVisible({ timeout: 60_000 });
  // The first preview evaluates the saved scenario over the whole inventory: let it finish.
  const outcome = page.getByTestId("rule-1").getByLabel("Outcome");
  const original = await outcome.inputValue();
  await outcome.selectOption(original === "RESTRICTED" ? "PROHIBITED" : "RESTRICTED");
  await expect(page.getByTestId("impact-summary")).toBeVisible({ timeout: 120_000 });
  await outcome.selectOption(original);
  await expect(page.getByTestId("impact-none")).toBeVisible();

  const { oneEdit, typing } = await measurePreviewLatency(page, 10);
  const results = [
    summarisePreview("one edit", oneEdit),
    summarisePreview("typing, from the last keystroke", typing),
  ];
  for (const result of results) console.log(JSON.stringify(result));
  for (const result of results)
    expect(result.toPaintMs.median).toBeLessThanOrEqual(PREVIEW_BUDGET_MS);
});
