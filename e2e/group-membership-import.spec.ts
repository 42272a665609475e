import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";

const D5 = "US arms-embargoed (D:5)";

test("a compliance officer imports a D:5 update with a future date, sees whom it affects, applies it, and sees the outcome change on that date", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "COMPLIANCE", "/groups");
  await page.getByRole("link", { name: D5, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: D5 })).toBeVisible();

  // Today's members, plus Viet Nam from 15 Jan 2027.
  const members = await page
    .locator("ul[aria-label^='Members in'] li span.font-mono")
    .allTextContents();
  expect(members).toContain("CN");
  expect(members).not.toContain("VN");
  await page.getByLabel("Or paste the list").fill(["code", ...members, "VN"].join("\n"));
  await page.getByLabel("Effective from").fill("2027-01-15");
  await page.getByRole("button", { name: "Preview changes" }).click();

  const preview = page.getByTestId("member-list-preview");
  await expect(preview).toContainText("added Vietnam; removed none");
  await expect(preview).toContainText(/Status quo: \d+ deployments? change/);
  const affected = preview
    .getByRole("listitem")
    .filter({ hasText: "in Vietnam: Allowed → Prohibited" });
  await expect(affected.first()).toBeVisible();
  const href = await affected.first().getByRole("link").getAttribute("href");

  await preview.getByRole("button", { name: "Apply from 2027-01-15" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Applied from 2027-01-15" }),
  ).toBeVisible();

  // The day before: still allowed; from the effective date: prohibited.
  await page.goto(`${href}?asOf=2027-01-14`);
  await expect(page.getByText("as of 2027-01-14")).toBeVisible();
  await expect(page.getByText(/Access is Allowed/)).toBeVisible();
  await page.getByLabel("As of").fill("2027-01-15");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/asOf=2027-01-15/);
  await expect(page.getByText("as of 2027-01-15")).toBeVisible();
  await expect(page.getByText(/Access is Prohibited/)).toBeVisible();

  // Today (before the change) it is still allowed.
  await page.getByRole("button", { name: "Back to today" }).click();
  await expect(page).not.toHaveURL(/asOf=/);
  await expect(page.getByText(/Access is Allowed/)).toBeVisible();
});
