import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

/** A page's HTTP status says what it shows: 404 for an unknown id, 403 for a refusal. */
test("unknown ids answer 404 and refusals 403, with their pages", async ({ page }) => {
  await signInAs(page, "VIEWER", "/vendors");
  for (const path of [
    "/vendors/no-such-id",
    "/models/no-such-id",
    "/deployments/no-such-id",
    "/contracts/no-such-id",
    "/scenarios/no-such-id",
    "/groups/no-such-id",
    "/import/nothing",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  for (const path of ["/audit", "/vendors/new", "/deployments/new", "/admin", "/import/vendors"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(
      page.getByRole("heading", { name: "You don't have access to this page" }),
    ).toBeVisible();
  }
  // The lists themselves still load (behind their loading state) with 200.
  for (const path of [
    "/vendors",
    "/models",
    "/deployments",
    "/contracts",
    "/scenarios",
    "/groups",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
});
