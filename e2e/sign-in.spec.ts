import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoEmail, signIn, signInAs, type DemoRole } from "./helpers";

const ROLE_LABELS: Record<DemoRole, string> = {
  ADMIN: "Administrator",
  COMPLIANCE: "Compliance officer",
  LEGAL: "Legal",
  EXECUTIVE: "Executive",
  VIEWER: "Viewer",
};

test.describe("sign-in", () => {
  for (const role of Object.keys(ROLE_LABELS) as DemoRole[]) {
    test(`${role} signs in and sees the shell`, async ({ page }) => {
      await signInAs(page, role);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByTestId("user-role")).toHaveText(ROLE_LABELS[role]);
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const item of [
        "Overview",
        "Matrix",
        "Scenarios",
        "Vendors",
        "Models",
        "Deployments",
        "Contracts",
      ]) {
        await expect(nav.getByRole("link", { name: item })).toBeVisible();
      }
      await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(role === "ADMIN" ? 1 : 0);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  test("a wrong password shows a clear error and stays on the login page", async ({ page }) => {
    await signIn(page, demoEmail("COMPLIANCE"), "not-the-password");
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an unauthenticated visit lands on /login and returns to the page after sign-in", async ({
    page,
  }) => {
    await page.goto("/deployments");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel("Email").fill(demoEmail("VIEWER"));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/deployments$/);
  });

  test("a VIEWER cannot reach /admin", async ({ page }) => {
    await signInAs(page, "VIEWER");
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByText("You don't have access to this page")).toBeVisible();
    await expect(page.getByRole("table", { name: "Users" })).toHaveCount(0);
  });

  test("signing out ends the session", async ({ page }) => {
    await signInAs(page, "EXECUTIVE");
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
});
