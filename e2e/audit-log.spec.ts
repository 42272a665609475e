import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";

test("after a change the audit log shows it with its actor and diff, and the filters narrow it", async ({
  page,
}) => {
  const email = `audited-${Date.now()}@example.com`;
  await signInAs(page, "ADMIN", "/admin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Audrey Audited");
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByLabel("Initial password").fill("a-long-initial-password");
  await page.getByRole("button", { name: "Create user" }).click();
  const row = page.getByTestId(`user-row-${email}`);
  await row.getByLabel(`Role of ${email}`).selectOption("LEGAL");
  await expect(row.getByText("Active · Legal")).toBeVisible();

  await page.goto("/audit");
  const change = page
    .getByTestId("audit-event")
    .filter({ hasText: "user.update" })
    .filter({ hasText: "LEGAL" })
    .first();
  await expect(change).toContainText("Ada Admin");
  await expect(change).toContainText("role:");
  await expect(change).toContainText("VIEWER");
  await expect(change.getByRole("link")).toHaveAttribute("href", "/admin");

  // Filters live in the URL.
  await page.getByLabel("Entity type").selectOption("user");
  await page.getByLabel("Action").fill("update");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/entityType=user/);
  await expect(page).toHaveURL(/action=update/);
  const events = page.getByTestId("audit-event");
  await expect(events.first()).toBeVisible();
  for (const text of await events.allTextContents()) expect(text).toContain("user.update");

  await page.getByLabel("Action").fill("no-such-action");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No changes match these filters")).toBeVisible();

  await page.goto("/audit?from=2000-01-01&to=2000-01-31");
  await expect(page.getByText("No changes match these filters")).toBeVisible();
});

test("a viewer cannot open the audit log", async ({ page }) => {
  await signInAs(page, "VIEWER", "/audit");
  await expect(
    page.getByRole("heading", { name: "You don't have access to this page" }),
  ).toBeVisible();
});
