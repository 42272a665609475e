import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = process.env.E2E_PASSWORD ?? "e2e-demo-password";
export type DemoRole = "ADMIN" | "COMPLIANCE" | "LEGAL" | "EXECUTIVE" | "VIEWER";
export const demoEmail = (role: DemoRole) => `${role.toLowerCase()}@tierscope.local`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = "/") {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, role: DemoRole, path = "/") {
  await signIn(page, demoEmail(role), DEMO_PASSWORD, path);
  await expect(page.getByTestId("user-menu")).toBeVisible();
}
