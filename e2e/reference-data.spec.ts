import fs from "node:fs";
import Papa from "papaparse";
import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

/** Opens a list page and follows the link with this exact name. */
async function openFromList(page: Page, list: string, name: string) {
  await page.goto(list);
  await page.getByRole("link", { name, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("a group's page says what it is, shows its dated membership history and its members on any date", async ({
  page,
}) => {
  await signInAs(page, "VIEWER", "/groups");
  await openFromList(page, "/groups", "US arms-embargoed (D:5)");
  await expect(page.getByTestId("reference-facts")).toContainText("Law in force");
  const history = page.getByRole("table", { name: "Membership history" });
  const cambodia = history.getByRole("row", { name: /Cambodia/ });
  await expect(cambodia).toContainText("2021-12-09");
  await expect(cambodia).toContainText("2026-02-03");
  await expect(cambodia).toContainText("Ended");
  await expect(page.getByRole("list", { name: "Members in Asia" })).not.toContainText("Cambodia");

  // As of a day in 2025 Cambodia was a member, and the history says so.
  await page.getByLabel("As of").fill("2025-06-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/asOf=2025-06-01/);
  await expect(page.getByRole("list", { name: "Members in Asia" })).toContainText("Cambodia");
  await expect(cambodia).toContainText("In force");
});

test("a model's page shows published weights apart from their licence, and scores as of a date", async ({
  page,
}) => {
  await signInAs(page, "VIEWER", "/models");
  await openFromList(page, "/models?q=Grok", "Grok 2");
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await expect(
    page.getByText(/Custom licence with restrictions — Grok 2 Community License/),
  ).toBeVisible();
  await page.getByLabel("As of").fill("2027-06-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/asOf=2027-06-01/);
  await expect(page.getByText(/Access by jurisdiction under .*, as of 2027-06-01/)).toBeVisible();

  await openFromList(page, "/vendors", "xAI");
  await page.getByLabel("As of").fill("2027-06-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText(/Risk under .*, as of 2027-06-01/)).toBeVisible();
});

test("the deployment list and its CSV export are scored as of the chosen date, and say so", async ({
  page,
}) => {
  await signInAs(page, "COMPLIANCE", "/deployments?cols=ref,model,country,band");
  await page.getByLabel("As of").fill("2025-06-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/asOf=2025-06-01/);
  await expect(page.getByText(/risk under “.*”, as of 2025-06-01\./)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  // The file name carries the scenario its risk columns use, and the date.
  expect(download.suggestedFilename()).toMatch(
    /^tierscope-deployments-[a-z0-9-]+-2025-06-01\.csv$/,
  );
  const text = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(rows.data.length).toBeGreaterThan(0);
  expect(new Set(rows.data.map((r) => r.as_of))).toEqual(new Set(["2025-06-01"]));
  expect(rows.data.every((r) => r.scenario !== "" && r.band !== "")).toBe(true);
});

test("a Tokyo deployment on Bedrock's cross-region profiles shows both zones it can use", async ({
  page,
}) => {
  await signInAs(page, "COMPLIANCE", "/deployments/new");
  await page.getByLabel("Cloud provider").selectOption("AWS");
  await page.getByLabel("Cloud region").selectOption("ap-northeast-1");
  await page.getByLabel("Processing scope").selectOption("ZONE");
  await expect(
    page.getByText(
      /Processing zones: Japan inference profile, APAC inference profile\. Processing may reach: .*Japan.*Singapore/,
    ),
  ).toBeVisible();
});

test("a deployment on a cloud gets alternatives offered there, with the reason and its source", async ({
  page,
}) => {
  // DEP-0067: o3 on Azure, global routing, prohibited under Status quo (it reaches Hong Kong).
  await signInAs(page, "VIEWER", "/deployments?q=DEP-0067");
  await page.getByRole("link", { name: "DEP-0067", exact: true }).click();
  const alternatives = page.getByRole("table", { name: "Suggested alternatives" });
  await expect(alternatives).toContainText("offered on Azure AI Foundry (checked 2026-12-02)");
  await expect(alternatives.getByRole("link", { name: "Source" }).first()).toHaveAttribute(
    "href",
    /^https:\/\/learn\.microsoft\.com\//,
  );
});
