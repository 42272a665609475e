import { expect, test } from "./fixtures";
import { signIn, signInAs } from "./helpers";

test("an admin creates a user, changes the role, and a disabled account can no longer sign in", async ({
  page,
  browser,
}) => {
  const email = `analyst-${Date.now()}@example.com`;
  const password = "a-long-initial-password";
  await signInAs(page, "ADMIN", "/admin");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Ana Analyst");
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByLabel("Initial password").fill("short");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Create user" }).click();
  const row = page.getByTestId(`user-row-${email}`);
  await expect(row).toBeVisible();

  await row.getByLabel(`Role of ${email}`).selectOption("LEGAL");
  await expect(row.getByText("Active · Legal")).toBeVisible();

  const other = await browser.newPage();
  await signIn(other, email, password);
  await expect(other.getByTestId("user-role")).toHaveText("Legal");
  // A role change reaches the open session on its next request (the server re-reads the user
  // whenever the data revision has moved).
  await row.getByLabel(`Role of ${email}`).selectOption("EXECUTIVE");
  await expect(row.getByText("Active · Executive")).toBeVisible();
  await other.reload();
  await expect(other.getByTestId("user-role")).toHaveText("Executive");

  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("Disabled")).toBeVisible();
  // The open session is refused at once, and a new sign-in is refused with a message.
  await other.goto("/");
  await expect(other).toHaveURL(/\/login/);
  await signIn(other, email, password);
  await expect(other.getByTestId("login-error")).toContainText("disabled");
  await other.close();
});
