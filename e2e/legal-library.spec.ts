import { expect, test, type Locator, type Page } from "./fixtures";
import { signInAs } from "./helpers";

// Legal's lists across contracts: the clause library with its filters and coverage matrix, and
// the renewal and review list with its count in the sidebar. Other journeys may have assessed or
// annotated seeded clauses first, so this one sets up the state it asserts on its own clauses.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const ALIBABA = "Alibaba Cloud Model Studio — International Service Terms";
const SANCTIONS = "12.2 Compliance with trade laws"; // Alibaba, not assessed in the seed
const RESIDENCY = "Model Studio Terms 3.1 — International deployment";

/** The library's rows as the user reads them: one object per row, keyed by column header. */
async function rows(page: Page): Promise<Record<string, string>[]> {
  const table = page.getByRole("table", { name: "Clauses" });
  // textContent: the headers are styled in capitals, which innerText would return.
  const headers = (await table.locator("thead th").allTextContents()).map((h) => h.trim());
  return table
    .locator("tbody tr")
    .evaluateAll(
      (trs, names) =>
        trs.map((tr) =>
          Object.fromEntries(
            [...tr.querySelectorAll("td")].map((td, i) => [
              names[i],
              (td as HTMLElement).innerText,
            ]),
          ),
        ),
      headers,
    );
}

async function filter(page: Page, choices: Record<string, string>) {
  const form = page.getByRole("form", { name: "Filter clauses" });
  for (const [label, option] of Object.entries(choices))
    await form.getByRole("combobox", { name: label, exact: true }).selectOption({ label: option });
  const before = page.url();
  await form.getByRole("button", { name: "Apply filters" }).click();
  await page.waitForURL((url) => url.toString() !== before);
}

const counted = (page: Page) => page.getByText(/^\d+ clauses?$/);

async function sidebarCount(link: Locator): Promise<number> {
  const badge = link.locator("[aria-label$=' open']");
  return (await badge.count()) === 0 ? 0 : Number(await badge.innerText());
}

test("legal filters the clause library by type, assessment, counterparty and annotations; the coverage matrix leads to the clauses", async ({
  page,
}) => {
  await signInAs(page, "LEGAL", "/clauses");
  await expect(page.getByRole("heading", { level: 1, name: "Clause library" })).toBeVisible();

  // By type: only data-residency commitments, Alibaba's Singapore one among them.
  await filter(page, { Type: "Data residency commitment" });
  await expect(page).toHaveURL(/type=DATA_RESIDENCY/);
  let shown = await rows(page);
  expect(shown.length).toBeGreaterThan(3);
  expect(shown.every((r) => r.Type === "Data residency commitment")).toBe(true);
  expect(shown.map((r) => r.Clause.split("\n")[0])).toContain(RESIDENCY);
  await expect(counted(page)).toHaveText(`${shown.length} clauses`);

  // By type and assessment: every row is weak; OpenAI's EEA storage clause is one.
  await filter(page, { Assessment: "Weak" });
  shown = await rows(page);
  expect(
    shown.every((r) => r.Assessment === "Weak" && r.Type === "Data residency commitment"),
  ).toBe(true);
  expect(shown.map((r) => r.Clause.split("\n")[0])).toContain("5.6 Regional storage");

  // By counterparty: Alibaba's clauses only.
  await page.goto("/clauses");
  await filter(page, { Counterparty: "Alibaba" });
  shown = await rows(page);
  expect(shown.map((r) => r["Counterparty and contract"])).toEqual(
    shown.map(() => `Alibaba — ${ALIBABA}`),
  );
  expect(shown.map((r) => r.Clause.split("\n")[0])).toEqual(
    expect.arrayContaining([SANCTIONS, RESIDENCY]),
  );

  // By annotation state: annotate the sanctions clause, then it is the one with open annotations.
  await page.getByRole("link", { name: SANCTIONS, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SANCTIONS })).toBeVisible();
  const clauseId = new URL(page.url()).pathname.split("/").pop()!;
  await filterByAnnotations(page, "No annotations", true);
  const made = await page.request.post("/api/annotations", {
    data: {
      clauseId,
      clauseVersion: 1,
      start: 0,
      end: 20,
      tag: "question",
      body: "Which lists does the Provider screen against?",
      mentions: [],
    },
  });
  expect(made.ok(), await made.text()).toBe(true);
  await filterByAnnotations(page, "Has open annotations", true);
  await filterByAnnotations(page, "No annotations", false);
  shown = await rows(page);
  expect(shown.find((r) => r.Clause.startsWith(SANCTIONS))).toBeUndefined();

  // The coverage matrix: Alibaba's row, each clause type's best state; a present one links to it.
  const matrix = page.getByRole("table", { name: "Clause coverage" });
  const cell = (type: string) => matrix.locator(`[title^="Alibaba: ${type} — "]`);
  await expect(cell("Data residency commitment")).toHaveText("Adequate");
  await expect(cell("Sanctions screening")).toHaveText("Present");
  await expect(cell("Export control cooperation")).toHaveText("Missing");
  await cell("Sanctions screening").click();
  await expect(page).toHaveURL(/type=SANCTIONS_SCREENING/);
  shown = await rows(page);
  expect(shown.map((r) => r.Clause.split("\n")[0])).toEqual([SANCTIONS]);
  expect(shown[0].Annotations).toBe("1 open of 1");
});

/** Filters Alibaba's clauses by annotation state; `listed` = the sanctions clause is among them. */
async function filterByAnnotations(page: Page, state: string, listed: boolean) {
  await page.goto("/clauses");
  await filter(page, { Counterparty: "Alibaba", Annotations: state });
  const headings = (await rows(page)).map((r) => r.Clause.split("\n")[0]);
  expect(headings.includes(SANCTIONS)).toBe(listed);
}

test("legal sees contracts expiring within 90 days and clauses due a review; an assessment takes a clause off", async ({
  page,
}) => {
  await signInAs(page, "LEGAL", "/renewals");
  await expect(page.getByRole("heading", { level: 1, name: "Renewals and review" })).toBeVisible();

  // At the pinned date (2026-12-01): four contracts expire by 1 March 2027, soonest first; the
  // expired Aleph Alpha licence and Cohere's (May 2027) are not listed.
  const expiring = page.getByRole("table", { name: "Contracts expiring soon" });
  await expect(expiring.locator("tbody tr td:first-child")).toHaveText([
    "Anthropic Commercial Terms — Enterprise Order Form",
    "Google Cloud Master Agreement — Vertex AI Generative AI Services",
    "Mistral AI Enterprise Agreement — La Plateforme",
    "OpenAI Enterprise Services Agreement",
  ]);
  await expect(expiring.locator("tbody tr").first()).toContainText("2026-12-31 in 30 days");

  // The sidebar counts what this page lists.
  const heading = page.getByRole("heading", { name: /^Clauses due a review \(\d+\)$/ });
  const due = Number(/\((\d+)\)/.exec((await heading.innerText()) ?? "")![1]);
  expect(due).toBeGreaterThan(0);
  const nav = page.getByRole("navigation", { name: "Main" });
  const link = nav.getByRole("link", { name: /Renewals and review/ });
  expect(await sidebarCount(link)).toBe(4 + due);

  // Assessing a due clause takes it off: the list and the sidebar each count one fewer.
  const table = page.getByRole("table", { name: "Clauses due a review" });
  const first = table.locator("tbody tr").first();
  await expect(first.locator("td").last()).toHaveText("Never");
  const clause = (await first.locator("td").first().innerText()).trim();
  await first.getByRole("link", { name: clause, exact: true }).click();
  const form = page.getByRole("form", { name: "Assess clause" });
  await form.getByLabel("Adequate").check();
  await form.getByLabel("Note (required)").fill("Reviewed at renewal.");
  await form.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("clause-assessment")).toHaveText("Adequate");

  await page.goto("/renewals");
  await expect(
    page.getByRole("heading", { name: `Clauses due a review (${due - 1})` }),
  ).toBeVisible();
  expect(await sidebarCount(nav.getByRole("link", { name: /Renewals and review/ }))).toBe(
    4 + due - 1,
  );
});

test("a viewer has neither the renewal list nor its count", async ({ page }) => {
  await signInAs(page, "VIEWER", "/clauses");
  await expect(page.getByRole("heading", { level: 1, name: "Clause library" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Renewals and review/ })).toHaveCount(0);
  await page.goto("/renewals");
  await expect(
    page.getByRole("heading", { level: 1, name: "You don't have access to this page" }),
  ).toBeVisible();
});
