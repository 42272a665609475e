import { expect, test, type Page } from "./fixtures";
import Papa from "papaparse";
import { TEST_TODAY } from "../lib/clock";
import { signInAs } from "./helpers";
import { addJapanRule, duplicateScenario } from "./scenario-helpers";

/**
 * Issue 10's "what changed": a rule change moves deployments, and the overview lists exactly those
 * (band or access moved), each with the change that explains it, in words.
 */
test("after a rule change, 'What changed' lists the deployments it moved and says why", async ({
  page,
}) => {
  // Two overviews, a scenario edit and a comparison: more steps than most journeys.
  test.setTimeout(120_000);
  await signInAs(page, "COMPLIANCE");
  // A copy of a seeded scenario, so no other journey sees the change.
  const id = await duplicateScenario(page, "G7 trusted partners", "What changed journey");

  // The overview of the copy, before the change: its first snapshot is what later figures compare
  // with, and nothing has moved yet.
  await page.goto(`/?scenario=${id}&since=${TEST_TODAY}`);
  await expect(page.getByTestId("overview-scenario")).toHaveText("What changed journey");
  const section = page.locator("#what-changed");
  await expect(section.getByTestId("no-changes")).toBeVisible();

  const seeded = await openScenarioId(page, "G7 trusted partners");

  await page.goto(`/scenarios/${id}`);
  await addJapanRule(page, "Japan — prohibited (what changed journey)", "PROHIBITED");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page.getByText("Scenario saved")).toBeVisible();

  // What the engine says moved: the copy against the scenario it was copied from (identical
  // until the change), from the comparison export, keeping band or access changes.
  const moved = await movedRefs(page, seeded, id);
  expect(moved.length).toBeGreaterThan(0);

  await page.goto(`/?scenario=${id}&since=${TEST_TODAY}`);
  const table = section.getByTestId("changes-table");
  await expect(table).toBeVisible();
  const rows = table.locator("tbody tr");
  const listed = (await rows.locator("td:first-child a").allTextContents()).map((t) => t.trim());
  // Retired deployments keep a score but count in no figure, "what changed" included.
  const retired = await retiredRefs(page);
  expect(listed.sort()).toEqual(moved.filter((ref) => !retired.has(ref)));
  for (const ref of listed) {
    const row = rows.filter({ has: page.getByRole("link", { name: ref, exact: true }) });
    await expect(row).toContainText("→ Prohibited");
    await expect(row).toContainText("The scenario’s rules changed");
    // Words, not action codes.
    await expect(row).not.toContainText("scenario.update");
  }

  // A listed deployment opens under the same scenario.
  await rows.first().locator("td:first-child a").click();
  await expect(page.getByTestId("viewed-scenario")).toHaveText("What changed journey");
});

async function retiredRefs(page: Page): Promise<Set<string>> {
  const response = await page.request.get("/api/deployments?status=RETIRED&pageSize=100");
  expect(response.ok()).toBe(true);
  return new Set(((await response.json()) as { rows: { ref: string }[] }).rows.map((r) => r.ref));
}

/** The id of a scenario, from the scenario picker's options. */
async function openScenarioId(page: Page, name: string): Promise<string> {
  const option = page.getByLabel("Scenario", { exact: true }).locator("option", { hasText: name });
  return (await option.first().getAttribute("value"))!;
}

/** Refs whose band or access differs between two scenarios, from the comparison CSV. */
async function movedRefs(page: Page, a: string, b: string): Promise<string[]> {
  const response = await page.request.get(`/api/compare/csv?a=${a}&b=${b}`);
  expect(response.ok()).toBe(true);
  const { data } = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ""), {
    skipEmptyLines: true,
  });
  const [header, ...rows] = data;
  const col = (name: RegExp) => header.findIndex((h) => name.test(h));
  const [accessA, accessB] = [col(/^Access \(/), header.findLastIndex((h) => /^Access \(/.test(h))];
  const [bandA, bandB] = [col(/^Band \(/), header.findLastIndex((h) => /^Band \(/.test(h))];
  return rows
    .filter((r) => r[accessA] !== r[accessB] || r[bandA] !== r[bandB])
    .map((r) => r[0])
    .sort();
}
