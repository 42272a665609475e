import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

interface Summary {
  deployments: number;
  bands: Record<"LOW" | "MEDIUM" | "HIGH" | "CRITICAL", number>;
}

/** The overview's figures as the engine computes them (the API the page is built from). */
async function overviewSummary(page: Page): Promise<Summary> {
  const response = await page.request.get("/api/overview");
  expect(response.ok()).toBe(true);
  return (await response.json()).summary as Summary;
}

async function activeVersion(page: Page): Promise<number> {
  const response = await page.request.get("/api/methodology");
  expect(response.ok()).toBe(true);
  return (await response.json()).active.version as number;
}

test("an admin edits a weight, sees the preview count, saves, and the overview moves; re-applying the default moves it back", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "ADMIN", "/admin/methodology");
  await expect(page.getByRole("heading", { name: "Risk methodology" })).toBeVisible({
    timeout: 30_000,
  });
  const before = await overviewSummary(page);
  const startVersion = await activeVersion(page);

  // Nothing edited: nothing changes band.
  await expect(page.getByTestId("preview-band-changes")).toHaveText("0", { timeout: 20_000 });
  await page.getByLabel("Access now: Allowed").fill("2");
  const count = page.getByTestId("preview-band-changes");
  await expect(count).not.toHaveText("0", { timeout: 20_000 });
  const changed = Number(await count.textContent());
  const aboveAfter = Number(
    /Above appetite: \d+ → (\d+)/.exec(
      (await page.getByTestId("methodology-preview").textContent()) ?? "",
    )![1],
  );

  await page
    .getByLabel("Why does the methodology change?")
    .fill("Allowed access still carries risk");
  await page.getByRole("button", { name: "Save and apply" }).click();
  await expect(page.getByRole("status")).toContainText("Saved as version");
  const newVersion = startVersion + 1;
  await expect(page.getByTestId(`methodology-version-${newVersion}`)).toContainText(
    "Allowed access still carries risk",
  );
  expect(await activeVersion(page)).toBe(newVersion);

  // The overview's figures move exactly as the preview said.
  const after = await overviewSummary(page);
  const moved = (Object.keys(before.bands) as (keyof Summary["bands"])[]).reduce(
    (sum, band) => sum + Math.abs(after.bands[band] - before.bands[band]),
    0,
  );
  expect(moved).toBeGreaterThan(0);
  expect(moved).toBeLessThanOrEqual(2 * changed);
  expect(after.bands.HIGH + after.bands.CRITICAL).toBe(aboveAfter);
  await page.goto("/");
  await expect(page.getByTestId("band-HIGH")).toHaveText(String(after.bands.HIGH), {
    timeout: 30_000,
  });

  // Re-apply the version we started from; the figures return.
  await page.goto("/admin/methodology");
  const row = page.getByTestId(`methodology-version-${startVersion}`);
  await row.getByRole("button", { name: "Re-apply" }).click();
  await row
    .getByLabel(`Why re-apply version ${startVersion}?`)
    .fill("Back to the documented method");
  await row.getByRole("button", { name: "Apply" }).click();
  await expect(row).toContainText("Active");
  expect(await activeVersion(page)).toBe(startVersion);
  expect((await overviewSummary(page)).bands).toEqual(before.bands);
});

test("an unusable import is refused in plain words", async ({ page }) => {
  await signInAs(page, "ADMIN", "/admin/methodology");
  await page.getByLabel("Import a methodology as JSON").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ name: "half a methodology" })),
  });
  await expect(page.getByRole("alert").first()).toContainText("broken.json cannot be used");
});

for (const role of ["VIEWER", "COMPLIANCE"] as const) {
  test(`a ${role.toLowerCase()} cannot change the methodology: no page, forged requests 403, nothing changes`, async ({
    page,
  }) => {
    await signInAs(page, role);
    const version = await activeVersion(page);
    const response = await page.goto("/admin/methodology");
    expect(response?.status()).toBe(403);
    const forged = await page.request.post("/api/methodology", {
      data: { methodology: {}, reason: "forged change", baseVersion: version },
    });
    expect(forged.status()).toBe(403);
    const reapply = await page.request.post(`/api/methodology/versions/${version}/activate`, {
      data: { reason: "forged change", baseVersion: version },
    });
    expect(reapply.status()).toBe(403);
    const preview = await page.request.post("/api/methodology/preview", { data: {} });
    expect(preview.status()).toBe(403);
    expect(await activeVersion(page)).toBe(version);
  });
}
