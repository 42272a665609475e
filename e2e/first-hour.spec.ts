import { expect, test, type Page } from "./fixtures";
import { DEMO_PASSWORD, demoEmail, signIn, signInAs } from "./helpers";

async function openDeployment(page: Page, ref: string) {
  await page.goto(`/deployments?q=${ref}`);
  await page.getByRole("link", { name: ref, exact: true }).click();
  await expect(page.getByTestId("risk-summary")).toBeVisible();
}

test("a score explanation sets limits apart from the factors and says what the controls did", async ({
  page,
}) => {
  // The first page a fresh server scores can take a while on a busy machine.
  await signIn(page, demoEmail("VIEWER"), DEMO_PASSWORD, "/deployments");
  await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 45_000 });
  // DEP-0004: controls would lower impact by more than the methodology allows, and likelihood
  // below the bottom of the scale.
  await openDeployment(page, "DEP-0004");
  const limits = page.getByTestId("factor-limit");
  await expect(
    limits.filter({ hasText: "Controls together may lower impact by at most 2 steps" }),
  ).toBeVisible();
  await expect(
    limits.filter({ hasText: "Residual likelihood raised to 1, the bottom of the 1–5 scale" }),
  ).toBeVisible();
  // A limit is not shaded like a control that lowered the risk.
  for (const row of await limits.all()) await expect(row).not.toHaveClass(/emerald/);
  const summary = page.getByTestId("controls-summary");
  await expect(summary).toContainText("In-force contracts covering its channel");
  await expect(summary).toContainText("limited to −2, the most controls may lower impact");
  await expect(summary).toContainText("held at 1, the bottom of the scale");

  // DEP-0001: no contract covers it, and the summary says so instead of "0 from contract terms".
  await openDeployment(page, "DEP-0001");
  await expect(page.getByTestId("controls-summary")).toContainText(
    "No in-force contract covers this deployment's channel, so no contract clause changes its risk.",
  );
});

test("a vendor without models or contracts offers to add one, to the roles that may", async ({
  page,
}) => {
  const name = `E2E Empty Vendor ${Date.now()}`;
  await signInAs(page, "COMPLIANCE", "/vendors");
  const created = await page.request.post("/api/vendors", { data: { name, status: "ACTIVE" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/vendors/${id}`);
  await expect(page.getByText("No models")).toBeVisible();
  await expect(page.getByRole("link", { name: `Add a contract with ${name}` })).toBeVisible();
  await page.getByRole("link", { name: `Add a model of ${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/models/new\\?vendor=${id}$`));
  await expect(page.getByLabel("Vendor")).toHaveValue(id);

  // A model of its own: the matrix filtered to this vendor counts "1 model", not "1 models".
  const model = await page.request.post("/api/models", {
    data: { vendorId: id, name: "Solo-1", capabilityClass: "GENERAL" },
  });
  expect(model.status()).toBe(201);
  await page.goto(`/matrix?vendor=${id}`);
  await expect(page.getByText(/Access of 1 model in \d+ jurisdictions/)).toBeVisible();
});

test("a viewer sees no add links, and a model's empty outcome groups open nothing", async ({
  page,
}) => {
  await signInAs(page, "VIEWER", "/vendors");
  await page.getByRole("link", { name: "Mistral AI", exact: true }).click();
  await expect(page.getByRole("link", { name: /^Add a (model|contract)/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Mistral Large 2", exact: true }).first().click();
  // Under the default scenario some outcome has no country: it is a heading, not a disclosure.
  const empty = page.getByText(/\((0)\)$/);
  await expect(empty.first()).toBeVisible();
  await expect(page.locator("details summary", { hasText: "(0)" })).toHaveCount(0);
});

test("top exposures open their deployment from anywhere on the row", async ({ page }) => {
  await signInAs(page, "EXECUTIVE", "/");
  const row = page.locator("#top-exposures li").first();
  const ref = (await row.getByRole("link").innerText()).trim();
  // Click the end of the row, on the sentence, not on the ref.
  const box = (await row.boundingBox())!;
  await row.click({ position: { x: box.width - 12, y: box.height / 2 } });
  await expect(page.getByRole("heading", { name: ref })).toBeVisible();
});

test("on a phone the matrix keeps most of the width for cells, and list searches are not cut", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "VIEWER", "/matrix");
  const header = page.getByRole("rowheader").first();
  await expect(header).toBeVisible();
  expect((await header.boundingBox())!.width).toBeLessThanOrEqual(390 * 0.4);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/deployments");
  const search = page.getByRole("searchbox");
  const fits = await search.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width <= room;
  });
  expect(fits).toBe(true);
});
