import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

/** The first deployment the needs-attention page lists, by its row. */
async function firstAttention(page: Page) {
  await page.goto("/attention");
  const link = page
    .getByRole("table", { name: "Deployments that need attention" })
    .getByRole("link")
    .first();
  const ref = (await link.textContent())!;
  const href = (await link.getAttribute("href"))!;
  return { ref, href };
}

test("a compliance officer accepts a risk with an expiry and an approver, and it leaves needs attention", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "COMPLIANCE");
  const { ref, href } = await firstAttention(page);
  await expect(page.getByTestId(`attention-${ref}`)).toBeVisible();
  await page.goto(href);
  const section = page.getByTestId("treatment");
  await expect(section).toContainText("Needs attention");
  await section.getByLabel("Treatment").selectOption("ACCEPT");
  await section.getByLabel("Approved by").selectOption({ index: 1 });
  await section.getByLabel("Acceptance expires").fill("2027-03-31");
  await section.getByLabel("Reason").fill("Exit planned with the vendor by March");
  await section.getByRole("button", { name: "Save treatment" }).click();
  await expect(section.getByRole("status")).toHaveText("Treatment saved.");
  await expect(section).toContainText("Treatment: Accept");
  await page.goto("/attention");
  await expect(page.getByRole("heading", { name: "Needs attention" })).toBeVisible();
  await expect(page.getByTestId(`attention-${ref}`)).toHaveCount(0);
});

test("a viewer cannot treat a risk: no controls, a forged request is refused, nothing changes", async ({
  page,
}) => {
  await signInAs(page, "VIEWER");
  const { ref, href } = await firstAttention(page);
  await page.goto(href);
  await expect(page.getByTestId("treatment")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save treatment" })).toHaveCount(0);
  const id = href.split("/").pop()!;
  const forged = await page.request.post(`/api/deployments/${id}/treatment`, {
    data: { version: 0, kind: "TRANSFER", ownerId: null, reviewDate: null, reason: "forged" },
  });
  expect(forged.status()).toBe(403);
  await page.goto("/attention");
  await expect(page.getByTestId(`attention-${ref}`)).toBeVisible();
});
