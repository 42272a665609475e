/**
 * The scale journeys' measured checks, shared by the full-size run (e2e/scale.spec.ts, E2E_SCALE=1)
 * and the small one in every run (e2e/scale-small.spec.ts): the matrix repaint on a scenario
 * switch, and the impact preview from an edit, each against its budget.
 */
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail, signIn } from "./helpers";
import { PREVIEW_BUDGET_MS, measurePreviewLatency, summarisePreview } from "./preview-latency";

export const REPAINT_BUDGET_MS = 300;
const SCENARIOS = ["G7 trusted partners", "Five Eyes only"];

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

/**
 * On the matrix page: shows each scenario once (the server evaluates it then), warms up with
 * `warmUp` unmeasured switches, then expects the median of `runs` measured ones within budget.
 */
export async function expectRepaintWithinBudget(page: Page, warmUp: number, runs: number) {
  const grid = page.getByRole("grid");
  for (const name of SCENARIOS) {
    await page.getByLabel("Scenario").selectOption({ label: name });
    await expect(grid).toHaveAttribute("aria-label", new RegExp(`${name}$`), { timeout: 60_000 });
  }
  // Unmeasured switches warm the server's and the browser's JIT, as in a working session.
  for (let i = 0; i < warmUp; i++) await switchAndMeasure(page, SCENARIOS[i % 2]);
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) timings.push(await switchAndMeasure(page, SCENARIOS[i % 2]));
  const median = [...timings].sort((a, b) => a - b)[Math.floor(timings.length / 2)];
  console.log(JSON.stringify({ repaintMs: timings.map(Math.round), median: Math.round(median) }));
  // Only the visible cells are in the DOM.
  expect(await page.locator("[role=gridcell]").count()).toBeLessThan(2_000);
  expect(median).toBeLessThanOrEqual(REPAINT_BUDGET_MS);
}

/** Opens a seeded scenario's editor and expects the impact preview's median within budget. */
export async function expectPreviewWithinBudget(
  page: Page,
  runs: number,
  budgetMs = PREVIEW_BUDGET_MS,
) {
  await signIn(page, demoEmail("COMPLIANCE"), DEMO_PASSWORD, "/groups");
  await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 60_000 });
  await page.goto("/scenarios");
  await page.getByRole("link", { name: SCENARIOS[0], exact: true }).click();
  await expect(page.getByTestId("rule-1")).toBeVisible({ timeout: 60_000 });
  // The first preview evaluates the saved scenario over the whole inventory: let it finish.
  const outcome = page.getByTestId("rule-1").getByLabel("Outcome");
  const original = await outcome.inputValue();
  await outcome.selectOption(original === "RESTRICTED" ? "PROHIBITED" : "RESTRICTED");
  await expect(page.getByTestId("impact-summary")).toBeVisible({ timeout: 120_000 });
  await outcome.selectOption(original);
  await expect(page.getByTestId("impact-none")).toBeVisible();

  const { oneEdit, typing } = await measurePreviewLatency(page, runs);
  const results = [
    summarisePreview("one edit", oneEdit),
    summarisePreview("typing, from the last keystroke", typing),
  ];
  for (const result of results) console.log(JSON.stringify(result));
  for (const result of results) expect(result.toPaintMs.median).toBeLessThanOrEqual(budgetMs);
}
