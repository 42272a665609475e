import Papa from "papaparse";
import fs from "node:fs";
import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";

test("a compliance officer adds a vendor, a model and a deployment and finds them in the filtered list", async ({
  page,
}) => {
  const tag = Date.now().toString(36).toUpperCase();
  const vendorName = `Nordlicht ${tag}`;
  const ref = `E2E-${tag}`;
  await signInAs(page, "COMPLIANCE", "/vendors");

  await page.getByRole("link", { name: "New vendor" }).click();
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByText("Enter the vendor's name.")).toBeVisible();
  await page.getByLabel("Name").fill("OpenAI");
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByText('A vendor named "OpenAI" already exists.')).toBeVisible();
  await page.getByLabel("Name").fill(vendorName);
  await page.getByLabel("Headquarters").selectOption({ label: "Germany" });
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByRole("heading", { name: vendorName })).toBeVisible();
  const vendorId = page.url().split("/").pop()!;

  await page.goto(`/models/new?vendor=${vendorId}`);
  await page.getByLabel("Name").fill(`Nordlicht One ${tag}`);
  await page.getByLabel("Country of origin").selectOption({ label: "Germany" });
  await page.getByLabel("Weights").selectOption("OPEN");
  await page.getByLabel("Training compute (FLOP)").fill("lots");
  await page.getByRole("button", { name: "Create model" }).click();
  await expect(page.getByText(/Enter the training compute as a number/)).toBeVisible();
  await page.getByLabel("Training compute (FLOP)").fill("3e24");
  await page.getByRole("button", { name: "Create model" }).click();
  await expect(page.getByRole("heading", { name: `Nordlicht One ${tag}` })).toBeVisible();
  await expect(page.getByText("Access by jurisdiction", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Add a deployment" }).click();

  await page.getByLabel("Reference").fill(ref);
  await page.getByLabel("Country served").selectOption({ label: "Germany" });
  await page.getByLabel("Cloud provider").selectOption("AZURE");
  await page.getByLabel("Cloud region").selectOption("germanywestcentral");
  await page.getByLabel("Processing scope").selectOption("ZONE");
  await expect(
    page.getByText(/Processing zones: EU data zone\. Processing may reach: .*France/),
  ).toBeVisible();
  await page.getByLabel("Business unit").fill(`Unit ${tag}`);
  await page.getByLabel("Use case").fill("Contract translation");
  await page.getByLabel("Status").selectOption("LIVE");
  await page.getByRole("button", { name: "Create deployment" }).click();
  await expect(page.getByRole("heading", { name: ref })).toBeVisible();
  await expect(page.getByTestId("risk-summary")).toContainText("Residual risk");

  await page.goto("/deployments");
  await page.locator("#filter-vendor").selectOption({ label: vendorName });
  await expect(page).toHaveURL(new RegExp(`vendor=${vendorId}`));
  await expect(page.getByTestId("list-total")).toHaveText("1 deployments match");
  await expect(page.getByRole("link", { name: ref })).toBeVisible();
  await page.locator("#filter-status").selectOption("RETIRED");
  await expect(page.getByText("No deployments match these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/deployments$/);

  // The URL is the state: reloading a shared search finds the deployment again…
  await page.goto(`/deployments?q=${ref}`);
  await expect(page.getByRole("link", { name: ref })).toBeVisible();
  // …and the export carries the same filters.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  // Its risk columns are the viewed scenario's, named in the file name and on every row.
  expect(download.suggestedFilename()).toMatch(
    /^tierscope-deployments-[a-z0-9-]+-\d{4}-\d\d-\d\d\.csv$/,
  );
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.trim().split("\r\n")).toHaveLength(2);
  expect(csv).toContain(ref);
  const [row] = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  expect(row.as_of).toBe("2026-12-01");
  expect(row.scenario).not.toBe("");
});
