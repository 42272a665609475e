import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

const cell = (page: Page, name: RegExp) => page.getByRole("gridcell", { name });
const focusedCell = (page: Page) => page.locator("[role=gridcell]:focus");

async function pickScenario(page: Page, name: string) {
  await page.getByLabel("Scenario").selectOption({ label: name });
  await expect(page.getByText(`under “${name}”`)).toBeVisible();
}

test("switching the scenario repaints the matrix; a cell explains itself in the side panel", async ({
  page,
}) => {
  await signInAs(page, "EXECUTIVE", "/matrix");
  await pickScenario(page, "G7 trusted partners");
  // Narrow the columns to the G7 and the rows to OpenAI: every cell is then in view.
  await page.getByLabel("Country group").selectOption({ label: "G7" });
  await expect(page).toHaveURL(/group=/);
  await page.getByLabel("Vendor").selectOption({ label: "OpenAI" });
  await expect(page).toHaveURL(/vendor=/);

  const gpt4oJapan = cell(page, /^GPT-4o in Japan \(JP\): /);
  await expect(gpt4oJapan).toHaveAccessibleName(/: Allowed · /);
  await expect(gpt4oJapan).toHaveText("✓");
  await expect(page.getByTestId("cells-RESTRICTED")).toHaveText("0");
  const allowedBefore = await page.getByTestId("cells-ALLOWED").textContent();

  await pickScenario(page, "Five Eyes only");
  await expect(page).toHaveURL(/group=.*vendor=|vendor=.*group=/);
  await expect(gpt4oJapan).toHaveAccessibleName(/: Restricted · /);
  await expect(gpt4oJapan).toHaveText("R");
  await expect(page.getByTestId("cells-RESTRICTED")).not.toHaveText("0");
  await expect(page.getByTestId("cells-ALLOWED")).not.toHaveText(allowedBefore!);

  // Hovering tells model, country and outcome.
  await gpt4oJapan.hover();
  await expect(page.getByTestId("matrix-info")).toHaveText(
    "GPT-4o in Japan (JP): Restricted · 0 deployments",
  );

  // The side panel names the deciding rule and lists the deployments in the cell.
  await cell(page, /^o3 in Japan \(JP\): /).click();
  const panel = page.getByRole("dialog", { name: "o3 in Japan" });
  await expect(panel).toBeVisible();
  await expect(
    panel.getByText("Outside Five Eyes — US closed frontier models restricted"),
  ).toBeVisible();
  await expect(panel.getByRole("link", { name: "DEP-0135" })).toHaveAttribute(
    "href",
    /\/deployments\//,
  );
  await expect(panel.getByRole("link", { name: "Five Eyes only" })).toHaveAttribute(
    "href",
    /\/scenarios\//,
  );
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(cell(page, /^o3 in Japan \(JP\): /)).toBeFocused();
});

test("the keyboard moves between cells and Enter opens one", async ({ page }) => {
  await signInAs(page, "VIEWER", "/matrix");
  const grid = page.getByRole("grid");
  await expect(grid).toBeVisible();
  // One tab stop: exactly one cell is tabbable.
  await expect(grid.locator("[role=gridcell][tabindex='0']")).toHaveCount(1);
  await grid.locator("[role=gridcell][tabindex='0']").focus();
  await expect(focusedCell(page)).toHaveAttribute("data-cell", "0:0");

  await page.keyboard.press("ArrowRight");
  await expect(focusedCell(page)).toHaveAttribute("data-cell", "0:1");
  await page.keyboard.press("ArrowDown");
  await expect(focusedCell(page)).toHaveAttribute("data-cell", "1:1");
  await page.keyboard.press("End");
  const last = await page.locator("[role=grid]").getAttribute("aria-colcount");
  await expect(focusedCell(page)).toHaveAttribute("data-cell", `1:${Number(last) - 2}`);
  await page.keyboard.press("Home");
  await expect(focusedCell(page)).toHaveAttribute("data-cell", "1:0");
  await page.keyboard.press("PageDown");
  await expect(focusedCell(page)).not.toHaveAttribute("data-cell", "1:0");
  await page.keyboard.press("Control+End");
  const rows = Number(await grid.getAttribute("aria-rowcount")) - 1;
  await expect(focusedCell(page)).toHaveAttribute("data-cell", `${rows - 1}:${Number(last) - 2}`);
  await page.keyboard.press("Control+Home");
  await expect(focusedCell(page)).toHaveAttribute("data-cell", "0:0");

  // The matrix is virtualized: far fewer cells are in the DOM than the matrix holds.
  const total = rows * (Number(last) - 1);
  expect(await grid.locator("[role=gridcell]").count()).toBeLessThan(total / 4);

  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Deciding rule" })).toBeVisible();
});
