import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

interface Summary {
  deployments: number;
  inherentGrid: number[];
  residualGrid: number[];
  countries: { code: string; deployments: number }[];
}

/** What the engine computes for a scenario, through the API the page is built from. */
async function engineSummary(page: Page, scenarioId: string): Promise<Summary> {
  const response = await page.request.get(`/api/overview?scenario=${scenarioId}`);
  expect(response.ok()).toBe(true);
  return (await response.json()).summary as Summary;
}

/** The heatmap's cells as drawn: "likelihood x impact" → count, from each cell link's name. */
async function drawnCells(page: Page, kind: "inherent" | "residual") {
  const names = await page
    .getByTestId(`heatmap-${kind}`)
    .getByRole("link")
    .evaluateAll((links) => links.map((l) => l.getAttribute("aria-label") ?? ""));
  return Object.fromEntries(
    names.map((name) => {
      const [, l, i, n] = /^Likelihood (\d) × impact (\d) .*: (\d+) deployments?$/.exec(name)!;
      return [`${l}x${i}`, Number(n)];
    }),
  );
}

const gridAsCells = (grid: number[]) =>
  Object.fromEntries(
    grid.flatMap((n, index) =>
      n ? [[`${Math.floor(index / 5) + 1}x${(index % 5) + 1}`, n] as const] : [],
    ),
  );

async function scenarioId(page: Page, name: string): Promise<string> {
  const option = page.getByLabel("Scenario", { exact: true }).locator("option", { hasText: name });
  return (await option.first().getAttribute("value"))!;
}

async function pickScenario(page: Page, name: string) {
  await page.getByLabel("Scenario", { exact: true }).selectOption({ label: name });
  await expect(page.getByTestId("overview-scenario")).toHaveText(name);
}

async function resetRemembered(page: Page) {
  await page.goto("/");
  const active = await page
    .getByLabel("Scenario", { exact: true })
    .locator("option", { hasText: "(active)" })
    .getAttribute("value");
  await page.request.put("/api/me/view-scenario", { data: { scenarioId: active } });
}

test("an executive lands on the overview; switching scenario repaints the heatmaps with the engine's counts", async ({
  page,
}) => {
  await signInAs(page, "EXECUTIVE");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  const g7 = await scenarioId(page, "G7 trusted partners");
  const fvey = await scenarioId(page, "Five Eyes only");
  const [g7Summary, fveySummary] = [await engineSummary(page, g7), await engineSummary(page, fvey)];
  expect(gridAsCells(g7Summary.residualGrid)).not.toEqual(gridAsCells(fveySummary.residualGrid));

  for (const [name, expected] of [
    ["G7 trusted partners", g7Summary],
    ["Five Eyes only", fveySummary],
  ] as const) {
    await pickScenario(page, name);
    await expect
      .poll(() => drawnCells(page, "residual"))
      .toEqual(gridAsCells(expected.residualGrid));
    expect(await drawnCells(page, "inherent")).toEqual(gridAsCells(expected.inherentGrid));
    await expect(page.getByTestId("overview-deployments")).toHaveText(String(expected.deployments));
  }

  // The choice follows the user: a page opened without ?scenario= shows it.
  await page.goto("/deployments");
  await expect(page.getByTestId("viewed-scenario")).toHaveText("Five Eyes only");
  await resetRemembered(page);
});

test("a heatmap cell and a map country lead to exactly the deployments they count", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 3000 });
  await signInAs(page, "EXECUTIVE");
  const id = await scenarioId(page, "Five Eyes only");
  await page.goto(`/?scenario=${id}`);
  const summary = await engineSummary(page, id);

  // A residual heatmap cell → the deployment list with that cell's filter, the same count.
  const cells = gridAsCells(summary.residualGrid);
  const [cell, count] = Object.entries(cells).sort((a, b) => b[1] - a[1])[0];
  const [likelihood, impact] = cell.split("x");
  await page
    .getByTestId("heatmap-residual")
    .getByRole("link", { name: new RegExp(`^Likelihood ${likelihood} × impact ${impact} `) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/deployments\\?.*residual=${cell}.*scenario=${id}`));
  await expect(page.getByTestId("list-total")).toHaveText(
    `${count.toLocaleString("en")} deployments match`,
    {
      timeout: 30_000,
    },
  );

  // A map country → the matrix for that country, whose cells add up to the country's count.
  await page.goto(`/?scenario=${id}`);
  const country = summary.countries
    .filter((c) => c.deployments > 0)
    .sort((a, b) => b.deployments - a.deployments)
    .find((c) => ["US", "GB", "FR", "DE", "JP", "IN", "BR", "CA"].includes(c.code))!;
  const shape = page.locator(`[data-country="${country.code}"]`).first();
  await shape.focus();
  await expect(page.getByTestId("map-tooltip")).toContainText(`${country.deployments} deployment`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/matrix\\?.*country=${country.code}`));
  await expect(page).toHaveURL(new RegExp(`scenario=${id}`));
  await expect(page.locator("[role=gridcell]").first()).toBeVisible();
  const labels = await page
    .locator("[role=gridcell]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
  expect(labels.every((l) => l.includes(`(${country.code}):`))).toBe(true);
  const total = labels.reduce(
    (sum, l) => sum + Number(/· (\d+) deployments?/.exec(l)?.[1] ?? 0),
    0,
  );
  expect(total).toBe(country.deployments);

  // The countries table's count → the deployments serving or reaching it.
  await page.goto(`/?scenario=${id}`);
  await page.getByTestId(`country-${country.code}`).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`touches=${country.code}`));
  await expect(page.getByTestId("list-total")).toHaveText(
    `${country.deployments.toLocaleString("en")} deployments match`,
  );
});

test("links followed from the matrix under a non-active scenario keep it on every page", async ({
  page,
}) => {
  await signInAs(page, "EXECUTIVE");
  const id = await scenarioId(page, "Five Eyes only");
  const keeps = async () => {
    await expect(page).toHaveURL(new RegExp(`scenario=${id}`));
    await expect(page.getByTestId("viewed-scenario")).toHaveText("Five Eyes only");
  };
  // Japan's column only, OpenAI's rows only: every cell is then in view.
  await page.goto(`/matrix?scenario=${id}&country=JP`);
  await page.getByLabel("Vendor").selectOption({ label: "OpenAI" });
  await expect(page).toHaveURL(/vendor=/);
  await page.getByRole("gridcell", { name: /^o3 in Japan \(JP\): / }).click();
  const panel = page.getByRole("dialog", { name: "o3 in Japan" });
  await panel.getByRole("link", { name: "DEP-0135" }).click();
  await expect(page).toHaveURL(/\/deployments\/[^/?]+\?/);
  await keeps();

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Models" }).click();
  await expect(page).toHaveURL(/\/models\?/);
  await keeps();
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/models\/[^/?]+\?/);
  await keeps();
  await nav.getByRole("link", { name: "Overview" }).click();
  await keeps();
  await expect(page.getByTestId("overview-scenario")).toHaveText("Five Eyes only");
  await nav.getByRole("link", { name: "Deployments" }).click();
  await keeps();
});

test("the overview in light and dark mode, and at 390 px without sideways scrolling", async ({
  page,
}) => {
  await signInAs(page, "EXECUTIVE");
  const id = await scenarioId(page, "Five Eyes only");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`/?scenario=${id}`);
    await expect(page.getByTestId("heatmap-residual").getByRole("link").first()).toBeVisible();
    await page.screenshot({ path: `test-results/overview-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?scenario=${id}`);
  await expect(page.getByTestId("heatmap-inherent").getByRole("link").first()).toBeVisible({
    timeout: 30_000,
  });
  await page.screenshot({ path: "test-results/overview-390.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
