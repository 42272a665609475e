import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";

/** A page's HTTP status says what it shows: 404 for an unknown id, 403 for a refusal. */

test("an unknown id answers 404 with the not-found page", async ({ page }) => {
  test.setTimeout(120_000);
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
});

test("a page the role may not see answers 403 with the refusal page", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "VIEWER", "/vendors");
  for (const path of ["/audit", "/vendors/new", "/deployments/new", "/admin", "/import/vendors"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(
      page.getByRole("heading", { name: "You don't have access to this page" }),
      path,
    ).toBeVisible();
  }
});

test("the lists still answer 200 behind their loading state", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "VIEWER", "/vendors");
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
