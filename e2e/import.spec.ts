import fs from "node:fs";
import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

const vendorA = `E2E Import Vendor ${Date.now()}`;
const vendorB = `${vendorA} Two`;

function csvFile(rows: string[][]) {
  const text = ["name,hq_country,status,website", ...rows.map((r) => r.join(","))].join("\r\n");
  return { name: "vendors.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${text}\r\n`) };
}

async function upload(page: Page, file: ReturnType<typeof csvFile>) {
  await page.getByLabel("CSV file").setInputFiles(file);
  await expect(page.getByTestId("import-outcome")).toBeVisible();
}

test("a compliance officer downloads the template, fixes a bad row, imports, and a re-import changes nothing", async ({
  page,
}) => {
  await signInAs(page, "COMPLIANCE", "/import/vendors");
  await expect(page.getByRole("heading", { name: "Import vendors" })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download template" }).click(),
  ]);
  const template = fs.readFileSync((await download.path())!, "utf8");
  expect(template.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
    "name,hq_country,website,status,owner,notes",
  );

  // One bad row: the preview shows its error next to the cell and nothing can be committed.
  await upload(
    page,
    csvFile([
      [vendorA, "SE", "ACTIVE", "https://a.example"],
      [vendorB, "XX", "ACTIVE", ""],
    ]),
  );
  const bad = page.getByTestId("import-row-3");
  await expect(bad).toContainText('Unknown country "XX"');
  await expect(bad).toContainText("Error");
  await expect(page.getByText("Nothing is imported until every row is valid")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d+ rows$/ })).toBeDisabled();
  // The server refuses the same file even if the page is bypassed.
  const forced = await page.request.post("/api/import/vendors?mode=commit", {
    data: ["name,hq_country,status", `${vendorA},SE,ACTIVE`, `${vendorB},XX,ACTIVE`].join("\n"),
    headers: { "content-type": "text/csv" },
  });
  expect(await forced.text()).toContain('"committed":false');

  // Fixed: both rows are created.
  const fixed = csvFile([
    [vendorA, "SE", "ACTIVE", "https://a.example"],
    [vendorB, "DE", "ACTIVE", ""],
  ]);
  await upload(page, fixed);
  await expect(page.getByTestId("import-row-2")).toContainText("Create");
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByTestId("import-done")).toContainText("2 created");

  // The import is in the audit log, with the rows it created.
  await page.getByRole("link", { name: "See it in the audit log" }).click();
  await expect(page.getByTestId("audit-event").filter({ hasText: vendorB })).toContainText(
    "Chloe Compliance",
  );
  await expect(page.getByTestId("audit-event").filter({ hasText: "vendor.import" })).toBeVisible();

  // Re-importing the same file: every row unchanged, nothing to commit.
  await page.goto("/import/vendors");
  await upload(page, fixed);
  await expect(page.getByTestId("import-row-2")).toContainText("Unchanged");
  await expect(page.getByTestId("import-row-3")).toContainText("Unchanged");
  await expect(page.getByText("Nothing to import")).toBeVisible();
});

test("a role without the import permission gets the 403 page and the API refuses it", async ({
  page,
}) => {
  await signInAs(page, "EXECUTIVE", "/import/deployments");
  await expect(
    page.getByRole("heading", { name: "You don't have access to this page" }),
  ).toBeVisible();
  const response = await page.request.post("/api/import/deployments?mode=commit", {
    data: "ref\nDEP-1\n",
    headers: { "content-type": "text/csv" },
  });
  expect(response.status()).toBe(403);
});

test("a 10,000-row deployment file shows progress and imports in one go", async ({ page }) => {
  test.setTimeout(180_000);
  const header =
    "ref,vendor,model,country,cloud_provider,cloud_region,processing_scope,business_unit,use_case,data_sensitivity,business_criticality,users,status";
  const stamp = Date.now().toString(36).toUpperCase();
  const rows = Array.from(
    { length: 10_000 },
    (_, i) =>
      `BULK-${stamp}-${i},OpenAI,GPT-4o,SE,AZURE,swedencentral,REGIONAL,Group Risk,Triage,3,3,${i + 1},LIVE`,
  );
  await signInAs(page, "COMPLIANCE", "/import/deployments");
  await page.getByLabel("CSV file").setInputFiles({
    name: "bulk.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, ...rows].join("\n")),
  });
  await expect(page.getByTestId("import-progress")).toBeVisible();
  await expect(page.getByTestId("import-counts")).toContainText("To create:10,000");
  await page.getByRole("button", { name: "Import 10,000 rows" }).click();
  await expect(page.getByTestId("import-progress")).toBeVisible();
  await expect(page.getByTestId("import-done")).toContainText("10,000 created", {
    timeout: 120_000,
  });
});
