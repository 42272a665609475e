import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

async function scenarioId(page: Page, name: string): Promise<string> {
  const option = page.getByLabel("Scenario", { exact: true }).locator("option", { hasText: name });
  return (await option.first().getAttribute("value"))!;
}

test("the report's PDF downloads and names the scenario and a country of its footprint; the print page has no navigation", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "EXECUTIVE");
  const id = await scenarioId(page, "Five Eyes only");
  await page.goto(`/report?scenario=${id}`);
  await expect(page.getByTestId("report-scenario")).toHaveText("Five Eyes only");
  await expect(page.getByRole("navigation")).toHaveCount(0);
  const country = (await page.getByTestId("report-country").first().locator("h3").innerText())
    .split(/\s*\(/)[0]
    .trim();

  // Printed: no buttons or forms, no navigation; the risk model is linked.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Download PDF" })).toBeHidden();
  await expect(page.getByRole("link", { name: "the risk model" })).toBeVisible();
  await page.screenshot({ path: "test-results/report-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // Progress while the server builds it (held back 3 s here so the journey sees the wait).
  await page.route("**/api/report/pdf**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  const downloading = page.waitForEvent("download", { timeout: 90_000 });
  await page.getByRole("button", { name: "Download PDF" }).click();
  await expect(page.getByRole("progressbar", { name: "PDF download" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Laying out" })).toHaveText(
    /^Laying out the report of \d+ jurisdictions… [1-9]\d* s$/,
  );
  await expect(page.getByRole("button", { name: "Download PDF" })).toBeDisabled();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tierscope-report-.*\.pdf$/);
  const bytes = new Uint8Array(
    await new Response(
      (await download.createReadStream()) as unknown as ReadableStream,
    ).arrayBuffer(),
  );
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: pdfjs.VerbosityLevel.ERRORS })
    .promise;
  let text = "";
  for (let p = 1; p <= doc.numPages; p++)
    text += (await (await doc.getPage(p)).getTextContent()).items
      .map((i) => ("str" in i ? i.str : ""))
      .join(" ");
  expect(text).toContain("Five Eyes only");
  expect(text).toContain(country);
  expect(text).toContain(`Page ${doc.numPages} of ${doc.numPages}`);

  const csv = await page.request.get(`/api/report/csv?scenario=${id}`);
  expect(csv.ok()).toBe(true);
  expect(await csv.text()).toContain("Scenario: Five Eyes only");

  await page.getByRole("link", { name: "the risk model" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tierscope risk model" })).toBeVisible();
});

test("the overview's trend chart renders with its table; a scenario switch repaints the heatmaps quickly", async ({
  page,
}) => {
  await signInAs(page, "EXECUTIVE");
  const fvey = await scenarioId(page, "Five Eyes only");
  await page.goto(`/?scenario=${fvey}`);
  await expect(page.getByTestId("trend-chart").locator(".recharts-area-area").first()).toBeVisible({
    timeout: 30_000,
  });
  await page.getByText("Trend as a table").click();
  await expect(page.getByTestId("trend-table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "What changed" })).toBeVisible();

  // Repaint after a scenario switch: from the choice to the residual heatmap showing the other
  // scenario's counts (printed; issue 10 asks for ≤ 300 ms in Chromium).
  const label = (p: Page) =>
    p
      .getByTestId("heatmap-residual")
      .getByRole("link")
      .evaluateAll((links) => links.map((l) => l.getAttribute("aria-label")).join("|"));
  for (const name of ["G7 trusted partners", "Five Eyes only"]) {
    const before = await label(page);
    const started = Date.now();
    await page.getByLabel("Scenario", { exact: true }).selectOption({ label: name });
    await page.waitForFunction(
      (previous) =>
        [...document.querySelectorAll('[data-testid="heatmap-residual"] a')]
          .map((l) => l.getAttribute("aria-label"))
          .join("|") !== previous,
      before,
      { polling: "raf", timeout: 30_000 },
    );
    console.log(JSON.stringify({ heatmapRepaintMs: Date.now() - started, to: name }));
  }
});
