import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("comparing two scenarios lists deployments changing band, and the CSV carries them", async ({
  page,
}) => {
  await signInAs(page, "EXECUTIVE", "/matrix");
  await page.getByLabel("Scenario").selectOption({ label: "G7 trusted partners" });
  await expect(page.getByText("under “G7 trusted partners”")).toBeVisible();
  await page.getByRole("link", { name: "Compare with…" }).click();
  await expect(page).toHaveURL(/\/compare\?a=/);
  await expect(page.getByLabel("Before (A)")).toHaveValue(/.+/);
  await page.getByLabel("After (B)").selectOption({ label: "Five Eyes only" });

  await expect(
    page.getByRole("heading", { name: "Matrix: G7 trusted partners → Five Eyes only" }),
  ).toBeVisible();
  await expect(page.getByTestId("summary-band-changes")).not.toHaveText("0");
  // The risk model's worked example: o3 for claims in Japan, MEDIUM → CRITICAL, largest change first.
  const row = page.getByTestId("change-DEP-0135");
  await expect(row).toContainText("Medium → Critical");
  await expect(row).toContainText("Allowed → Restricted");
  await expect(row).toContainText("(+13)");
  await expect(page.getByRole("table").locator("tbody tr").first()).toHaveAttribute(
    "data-testid",
    "change-DEP-0135",
  );
  await expect(row.getByRole("link", { name: "DEP-0135" })).toHaveAttribute(
    "href",
    /^\/deployments\//,
  );

  // The diff grid: "changed only" keeps rows and columns with a change; focus shows before → after.
  await page.getByLabel("Changed only").click();
  await expect(page).toHaveURL(/changed=1/);
  const changed = page.getByRole("gridcell", { name: /^o3 in Japan \(JP\): Allowed → Restricted/ });
  await page.getByLabel("Country group").selectOption({ label: "G7" });
  await expect(changed).toBeVisible();
  await changed.focus();
  await expect(page.getByTestId("matrix-info")).toContainText("Allowed → Restricted");
  await expect(changed).toHaveText("✓→R");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("compare-g7-trusted-partners-vs-five-eyes-only.csv");
  const csv = fs.readFileSync(await download.path(), "utf8");
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toMatch(/^Ref,Model,Vendor,Served jurisdiction,Business unit,/);
  expect(lines[1]).toMatch(
    /^DEP-0135,o3,OpenAI,Japan \(JP\),.*,Allowed,Restricted,8,21,13,Medium,Critical,worse$/,
  );
});
