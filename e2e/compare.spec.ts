import fs from "node:fs";
import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

const label = (band: string) => band[0] + band.slice(1).toLowerCase();

async function riskOf(page: Page, scenarioId: string) {
  const response = await page.request.get(`/api/deployments?q=DEP-0135&scenario=${scenarioId}`);
  const { rows } = (await response.json()) as {
    rows: { ref: string; band: string; residual: number }[];
  };
  const row = rows.find((r) => r.ref === "DEP-0135")!;
  return { band: row.band, residual: row.residual };
}

test("comparing two scenarios lists deployments changing band, and the CSV carries them", async ({
  page,
}) => {
  await signInAs(page, "EXECUTIVE", "/matrix");
  await page.getByLabel("Scenario").selectOption({ label: "G7 trusted partners" });
  await expect(page.getByText("under “G7 trusted partners”")).toBeVisible();
  await page.getByRole("link", { name: "Compare with…" }).click();
  await expect(page).toHaveURL(/\/compare\?a=/);
  await expect(page.getByLabel("Before (A)")).toHaveValue(/.+/);
  await page.getByLabel("After (B)").selectOption({ label: "Five Eyes only" });

  await expect(
    page.getByRole("heading", { name: "Matrix: G7 trusted partners → Five Eyes only" }),
  ).toBeVisible();
  await expect(page.getByTestId("summary-band-changes")).not.toHaveText("0");
  // o3 for claims in Japan: restricted under Five Eyes. Its scores come from the engine (the
  // deployment list API under each scenario), not from numbers copied into the test.
  const url = new URL(page.url());
  const [before, after] = await Promise.all(
    [url.searchParams.get("a"), url.searchParams.get("b")].map((id) => riskOf(page, id!)),
  );
  const row = page.getByTestId("change-DEP-0135");
  await expect(row).toContainText("Allowed → Restricted");
  await expect(row).toContainText(`${label(before.band)} → ${label(after.band)}`);
  await expect(row).toContainText(
    `${before.residual} → ${after.residual} (+${after.residual - before.residual})`,
  );
  await expect(row.getByRole("link", { name: "DEP-0135" })).toHaveAttribute(
    "href",
    /^\/deployments\//,
  );

  // The diff grid: "changed only" keeps rows and columns with a change; focus shows before → after.
  await page.getByLabel("Changed only").click();
  await expect(page).toHaveURL(/changed=1/);
  const changed = page.getByRole("gridcell", { name: /^o3 in Japan \(JP\): Allowed → Restricted/ });
  await page.getByLabel("Country group").selectOption({ label: "G7" });
  await expect(changed).toBeVisible();
  await changed.focus();
  await expect(page.getByTestId("matrix-info")).toContainText("Allowed → Restricted");
  await expect(changed).toHaveText("✓→R");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("compare-g7-trusted-partners-vs-five-eyes-only.csv");
  const csv = fs.readFileSync(await download.path(), "utf8");
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toMatch(/^Ref,Model,Vendor,Served jurisdiction,Business unit,/);
  const line = lines.find((l) => l.startsWith("DEP-0135,"));
  expect(line).toBe(
    [
      "DEP-0135,o3,OpenAI,Japan (JP),Claims,Allowed,Restricted",
      before.residual,
      after.residual,
      after.residual - before.residual,
      label(before.band),
      label(after.band),
      "worse",
    ].join(","),
  );
});
