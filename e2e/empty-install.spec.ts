import type { Page } from "@playwright/test";
import { expect, test } from "./empty-server";

const ADMIN = {
  name: "Grace Hopper",
  email: "grace@example.com",
  password: "first-admin-password",
};

function csv(name: string, lines: string[]) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(`${lines.join("\r\n")}\r\n`) };
}

async function importFile(page: Page, file: ReturnType<typeof csv>, rows: number) {
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: `Import ${rows} row${rows === 1 ? "" : "s"}` }).click();
  await expect(page.getByTestId("import-done")).toContainText(`${rows} created`);
}

async function step(page: Page, id: string) {
  return page.getByTestId(`getting-started-${id}`);
}

test("a new install: the first administrator starts empty, follows the first steps and imports a CSV", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Nobody can sign in yet: the app sends the first visitor to the setup page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Tierscope" })).toBeVisible();

  // An empty submit says what each field needs.
  await page.getByRole("button", { name: "Create administrator and start" }).click();
  await expect(page.getByText("Enter a name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  await page.getByLabel("Your name").fill(ADMIN.name);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await expect(page.getByLabel(/Start empty/)).toBeChecked();
  await page.getByRole("button", { name: "Create administrator and start" }).click();

  // Signed in as the new administrator, on an overview with no demo data and the first steps.
  // (Setting up writes every country, group and scenario: allow it a while on a busy machine.)
  await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId("overview-deployments")).toHaveText("0");
  const panel = page.getByTestId("getting-started");
  await expect(panel).toContainText("0 of 4 first steps done");
  for (const id of ["vendors", "models", "deployments", "scenarios"])
    await expect(await step(page, id)).toHaveAttribute("data-done", "false");

  // The setup page is gone once a user exists.
  expect((await page.request.get("/setup")).status()).toBe(404);

  // No demo vendors, but the reference data is there.
  await page.goto("/vendors");
  await expect(page.getByText("No vendors yet")).toBeVisible();
  await page.goto("/scenarios");
  await expect(page.getByRole("link", { name: "Status quo" })).toBeVisible();
  await expect(page.getByRole("link", { name: "G7 trusted partners" })).toBeVisible();

  // Step 1, from its link: import the vendors from a CSV file.
  await page.goto("/");
  await (
    await step(page, "vendors")
  )
    .getByRole("link", { name: "Import vendors from a CSV file" })
    .click();
  await expect(page).toHaveURL(/\/import\/vendors$/);
  await importFile(
    page,
    csv("vendors.csv", ["name,hq_country,status", "Mistral AI,FR,ACTIVE", "Cohere,CA,ACTIVE"]),
    2,
  );
  await page.goto("/");
  await expect(await step(page, "vendors")).toHaveAttribute("data-done", "true");
  await expect(panel).toContainText("1 of 4 first steps done");

  // Step 2: a model, imported too.
  await (
    await step(page, "models")
  )
    .getByRole("link", { name: "Import models from a CSV file" })
    .click();
  await importFile(
    page,
    csv("models.csv", [
      "vendor,name,origin_country,weights,capability_class",
      "Mistral AI,Mistral Large 2,FR,OPEN,GENERAL",
    ]),
    1,
  );

  // Step 3: the first deployments, imported.
  await page.goto("/");
  await (
    await step(page, "deployments")
  )
    .getByRole("link", { name: "Import deployments from a CSV file" })
    .click();
  await importFile(
    page,
    csv("deployments.csv", [
      "ref,vendor,model,country,cloud_provider,cloud_region,processing_scope,business_unit,use_case,data_sensitivity,business_criticality,users,status",
      "DEP-1,Mistral AI,Mistral Large 2,FR,AZURE,francecentral,REGIONAL,Retail,Summaries,2,3,120,LIVE",
      "DEP-2,Mistral AI,Mistral Large 2,CN,AZURE,francecentral,REGIONAL,Retail,Chat,3,3,40,PLANNED",
    ]),
    2,
  );
  await page.goto("/");
  await expect(page.getByTestId("overview-deployments")).toHaveText("2");
  await expect(panel).toContainText("3 of 4 first steps done");

  // Step 4: choose the scenario that describes today; then the panel is gone.
  await (await step(page, "scenarios")).getByRole("link", { name: "Review the scenarios" }).click();
  await expect(page).toHaveURL(/\/scenarios$/);
  await page.getByRole("button", { name: "Make active: G7 trusted partners" }).click();
  await expect(page.getByText("is now the organisation's active scenario")).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("overview-deployments")).toHaveText("2");
  await expect(panel).toHaveCount(0);

  // The audit log says how the install started.
  await page.goto("/audit");
  await expect(page.getByTestId("audit-event").filter({ hasText: "system.setup" })).toBeVisible();
});
