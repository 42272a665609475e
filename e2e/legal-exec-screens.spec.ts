import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

// Legal's and executives' screens at desktop and phone widths, light and dark: each renders its
// content, never scrolls sideways as a page (wide tables scroll in their own box), and is saved
// as a screenshot under test-results/ for a person to look at.
test.describe.configure({ timeout: 180_000 });

const WIDTHS = [1440, 390] as const;
const SCHEMES = ["light", "dark"] as const;

async function shoot(page: Page, name: string, path: string, ready: (p: Page) => Promise<void>) {
  for (const width of WIDTHS)
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await ready(page);
      await page.screenshot({
        path: `test-results/screens/${name}-${width}-${scheme}.png`,
        fullPage: true,
      });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${name} at ${width} px scrolls sideways`,
      ).toBeLessThanOrEqual(width);
    }
}

test("legal's screens: the clause library, renewals and a clause", async ({ page }) => {
  await signInAs(page, "LEGAL", "/clauses");
  await shoot(page, "clauses", "/clauses", async (p) => {
    await expect(p.getByRole("table", { name: "Clause coverage" })).toBeVisible();
  });
  await shoot(page, "renewals", "/renewals", async (p) => {
    await expect(p.getByRole("table", { name: "Contracts expiring soon" })).toBeVisible();
  });
  await page.goto("/clauses?type=DATA_RESIDENCY");
  await page
    .getByRole("link", { name: "Model Studio Terms 3.1 — International deployment" })
    .click();
  await expect(page.getByTestId("clause-places")).toHaveText(/Keeps data in Singapore/);
  const clause = new URL(page.url()).pathname;
  await shoot(page, "clause", clause, async (p) => {
    await expect(p.getByTestId("clause-text")).toBeVisible();
  });
});

test("executives' screens: the overview and the report", async ({ page }) => {
  // Signed in on a light page: the first overview evaluates every figure.
  await signInAs(page, "EXECUTIVE", "/clauses");
  await shoot(page, "overview", "/", async (p) => {
    await expect(p.getByTestId("heatmap-residual").getByRole("link").first()).toBeVisible({
      timeout: 30_000,
    });
  });
  await shoot(page, "report", "/report", async (p) => {
    await expect(p.getByTestId("report-scenario")).toBeVisible({ timeout: 30_000 });
  });
});
