import fs from "node:fs";
import path from "node:path";
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

/** The id Next gave a server action in this build, as a forger would read it from the page. */
export function actionId(name: string): string {
  const file = path.join(process.cwd(), ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === name)?.[0];
  if (!id) throw new Error(`No server action named ${name} in this build`);
  return id;
}
