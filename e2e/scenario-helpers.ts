import { expect, type Locator, type Page } from "@playwright/test";

/** Opens a scenario's editor from the scenario list; returns its id. */
export async function openScenario(page: Page, name: string): Promise<string> {
  await page.goto("/scenarios");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/scenarios/")[1].split("?")[0];
}

/**
 * Duplicates a seeded scenario under a new name and opens the copy's editor; returns its id.
 * Journeys that change rules work on a copy, so the journeys that read the seeded scenario itself
 * (the matrix, the overview, the report) see the seed's rules whatever order they run in.
 */
export async function duplicateScenario(page: Page, source: string, name: string): Promise<string> {
  await page.goto("/scenarios");
  await page.getByRole("button", { name: `Duplicate ${source}` }).click();
  await page.getByLabel(`Name of the copy of ${source}`).fill(name);
  await page.getByRole("button", { name: "Duplicate", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/scenarios/")[1].split("?")[0];
}

/** Picks an option in one of the editor's searchable multi-selects. */
export async function choose(select: Locator, search: string, option: RegExp) {
  await select.getByRole("button", { name: /^Choose / }).click();
  await select.getByRole("searchbox").fill(search);
  await select.getByRole("checkbox", { name: option }).check();
  await select.getByRole("button", { name: "Done" }).click();
}

/** Adds a rule "US frontier models restricted in Japan" at the end of the open scenario. */
export async function addJapanRule(
  page: Page,
  name: string,
  outcome: "RESTRICTED" | "PROHIBITED" = "RESTRICTED",
) {
  const count = await page.locator('[data-testid^="rule-"][aria-label^="Rule "]').count();
  await page.getByRole("button", { name: "Add rule" }).click();
  const rule = page.getByTestId(`rule-${count}`);
  await rule.getByLabel(`Rule ${count + 1} name`).fill(name);
  await rule.getByLabel("Outcome").selectOption(outcome);
  await choose(rule.getByTestId(`rule-${count}-jurisdictions-countries`), "Japan", /Japan \(JP\)/);
  await rule.getByLabel("All models").uncheck();
  await choose(
    rule.getByTestId(`rule-${count}-models-originCodes`),
    "United States",
    /United States \(US\)/,
  );
  await rule.getByLabel("Frontier").check();
  return count;
}
