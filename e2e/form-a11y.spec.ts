import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";
import { openScenario } from "./scenario-helpers";

/**
 * The inventory forms submitted empty, as someone using a keyboard or a screen reader meets them:
 * focus lands on the first field that needs attention (in page order), every invalid field says so
 * (aria-invalid) and points at its visible message (aria-describedby), and an announced summary
 * links to each of them.
 */
const FORMS = [
  { path: "/vendors/new", button: "Create vendor", invalid: ["Name"] },
  { path: "/models/new", button: "Create model", invalid: ["Vendor", "Name"] },
  {
    path: "/deployments/new",
    button: "Create deployment",
    invalid: ["Reference", "Model", "Country served", "Cloud region", "Business unit", "Use case"],
  },
  {
    path: "/contracts/new",
    button: "Create contract",
    invalid: ["Vendor", "Title", "Effective from"],
  },
];

async function describedText(page: Page, ids: string) {
  const texts: string[] = [];
  for (const id of ids.split(" ")) {
    const description = page.locator(`[id="${id}"]`);
    await expect(description).toBeVisible();
    texts.push((await description.innerText()).trim());
  }
  return texts.join(" ");
}

for (const form of FORMS) {
  test(`${form.path} submitted empty: focus, linked errors and an announced summary`, async ({
    page,
  }) => {
    await signInAs(page, "COMPLIANCE", form.path);
    const summary = page.getByRole("alert").filter({ hasText: "need" });
    // A click before the page has hydrated submits natively and reloads it: click again.
    await expect(async () => {
      await page.getByRole("button", { name: form.button }).click();
      await expect(summary).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await expect(summary.getByRole("link")).toHaveText(form.invalid);

    await expect(page.getByLabel(form.invalid[0], { exact: true })).toBeFocused();

    const invalid = page.locator('main form [aria-invalid="true"]');
    await expect(invalid).toHaveCount(form.invalid.length);
    for (const label of form.invalid) {
      const field = page.getByLabel(label, { exact: true });
      await expect(field).toHaveAttribute("aria-invalid", "true");
      const ids = await field.getAttribute("aria-describedby");
      expect(ids, `${label} names its error`).toBeTruthy();
      expect(await describedText(page, ids!), label).toMatch(/^[A-Z].*\.$/);
    }

    // The summary's last link takes focus to its field.
    await summary.getByRole("link").last().click();
    await expect(page.getByLabel(form.invalid.at(-1)!, { exact: true })).toBeFocused();
  });
}

test("detail sections and the scenario page's side panels have names", async ({ page }) => {
  await signInAs(page, "COMPLIANCE", "/vendors?q=Cohere");
  await page.getByRole("link", { name: "Cohere", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cohere" })).toBeVisible();
  const sections = page.locator("main section[aria-labelledby]");
  expect(await sections.count()).toBeGreaterThan(0);
  for (const section of await sections.all()) {
    const id = (await section.getAttribute("aria-labelledby"))!;
    expect(id).not.toContain(" ");
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }

  await openScenario(page, "AI diffusion rule 2025 (rescinded, what-if)");
  await expect(page.getByTestId("impact-preview")).toBeVisible();
  const asides = page.locator("aside");
  expect(await asides.count()).toBeGreaterThan(1);
  for (const aside of await asides.all()) await expect(aside).toHaveAttribute("aria-label", /\w/);
});
