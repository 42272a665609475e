import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";

test("two people edit the same vendor: the second save is refused, reloads and re-applies", async ({
  page,
  browser,
}) => {
  await signInAs(page, "COMPLIANCE", "/vendors?q=Cohere");
  await page.getByRole("link", { name: "Cohere", exact: true }).click();
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Relationship owner")).toBeVisible();
  const editUrl = page.url();

  const other = await browser.newPage();
  await signInAs(other, "ADMIN", editUrl.replace(/^https?:\/\/[^/]+/, ""));
  await other.getByLabel("Relationship owner").fill("Bea from procurement");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByRole("heading", { name: "Cohere" })).toBeVisible();
  await other.close();

  await page.getByLabel("Notes").fill("Renewal due in March");
  await page.getByRole("button", { name: "Save changes" }).click();
  const conflict = page.getByTestId("conflict-notice");
  await expect(conflict).toContainText(/changed by Ada Admin at \d{4}-\d\d-\d\d/);

  await conflict.getByRole("button", { name: "Reload latest" }).click();
  await expect(page.getByTestId("reapplied-notice")).toContainText(
    "Notes: yours “Renewal due in March”",
  );
  await expect(page.getByLabel("Relationship owner")).toHaveValue("Bea from procurement");
  await expect(page.getByLabel("Notes")).toHaveValue("Renewal due in March");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Cohere" })).toBeVisible();
  await expect(page.getByText("Bea from procurement")).toBeVisible();
  await expect(page.getByText("Renewal due in March")).toBeVisible();
});
