import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";
import { addJapanRule, duplicateScenario, openScenario } from "./scenario-helpers";

test("editing a rule previews its impact before saving, and the overview reflects the save", async ({
  page,
}) => {
  await signInAs(page, "COMPLIANCE");
  const id = await duplicateScenario(page, "G7 trusted partners", "G7 with Japan restricted");
  await page.goto(`/?scenario=${id}`);
  const critical = page.getByTestId("band-CRITICAL");
  const criticalBefore = Number(/\d+$/.exec((await critical.innerText()).trim())![0]);

  await page.goto(`/scenarios/${id}`);
  const preview = page.getByTestId("impact-preview");
  await expect(preview.getByTestId("impact-none")).toBeVisible();
  await addJapanRule(page, "Japan — US frontier models restricted");

  // The preview names the cell that changes, before → after, while nothing is saved yet.
  const cells = preview.getByRole("list", { name: "Cells changing outcome" });
  await expect(cells.getByRole("listitem").filter({ hasText: "o3" })).toContainText(
    /in Japan:\s*Allowed\s*→.*Restricted/,
  );
  await expect(preview.getByTestId("impact-summary")).toContainText(
    /[1-9]\d* deployments change band/,
  );
  const band = preview.getByRole("list", { name: "Deployments changing band" });
  await expect(band.getByRole("link").first()).toHaveAttribute("href", /^\/deployments\//);

  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page.getByText("Scenario saved")).toBeVisible();
  await expect(preview.getByTestId("impact-none")).toBeVisible();

  await page.goto(`/?scenario=${id}`);
  const criticalAfter = Number(/\d+$/.exec((await critical.innerText()).trim())![0]);
  expect(criticalAfter).toBeGreaterThan(criticalBefore);
});

test("invalid input is flagged next to the field and names the rule; nothing can be saved", async ({
  page,
}) => {
  await signInAs(page, "COMPLIANCE");
  await openScenario(page, "AI diffusion rule 2025 (rescinded, what-if)");
  const rule = page.getByTestId("rule-0");
  await rule.getByLabel("Rule 1 name").fill("");
  await expect(rule.getByText("Give the rule a name.")).toBeVisible();
  await expect(page.getByTestId("scenario-issues")).toContainText(
    "rules[0] (unnamed) › name: Give the rule a name.",
  );
  await expect(page.getByText("Fix the issues in the form to see the impact.")).toBeVisible();
});

test("scenarios can be created, duplicated, archived and made active; a viewer can only read", async ({
  page,
  browser,
}) => {
  await signInAs(page, "COMPLIANCE", "/scenarios");
  await page.getByLabel("Name", { exact: true }).fill("Empty what-if");
  await page.getByRole("button", { name: "Create scenario" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Empty what-if" })).toBeVisible();

  await page.goto("/scenarios");
  await page.getByRole("button", { name: "Duplicate Five Eyes only" }).click();
  await page.getByLabel("Name of the copy of Five Eyes only").fill("Five Eyes plus Japan");
  await page.getByRole("button", { name: "Duplicate", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Five Eyes plus Japan" })).toBeVisible();
  await expect(page.getByTestId("rule-3")).toBeVisible();

  await page.goto("/scenarios");
  await page.getByRole("button", { name: "Archive Empty what-if" }).click();
  await expect(page.getByRole("table", { name: "Archived scenarios" })).toContainText(
    "Empty what-if",
  );
  await page.getByRole("button", { name: "Make active: Five Eyes plus Japan" }).click();
  await expect(page.getByTestId("scenario-row-Five Eyes plus Japan")).toContainText(
    "Active for the organisation",
  );
  await expect(page.getByTestId("scenario-row-Status quo")).not.toContainText(
    "Active for the organisation",
  );

  const viewer = await browser.newPage();
  await signInAs(viewer, "VIEWER", "/scenarios");
  await expect(viewer.getByRole("button", { name: /^Duplicate / })).toHaveCount(0);
  await viewer.getByRole("link", { name: "Five Eyes only", exact: true }).click();
  await expect(
    viewer.getByText("Your role can read this scenario but not change it."),
  ).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Save scenario" })).toHaveCount(0);
  await viewer.close();
});

test("two people editing one scenario: the second save is refused, naming who changed it, and reload shows their change", async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAs(first, "COMPLIANCE");
  await signInAs(second, "ADMIN");
  const id = await openScenario(first, "Status quo");
  await second.goto(`/scenarios/${id}`);
  await expect(second.getByTestId("live-status")).toHaveAttribute("data-connected", "true");

  await second.getByLabel("Description").fill("Admin's wording.");
  await first.getByLabel("Description").fill("Compliance's wording.");
  await first.getByRole("button", { name: "Save scenario" }).click();
  await expect(first.getByText("Scenario saved")).toBeVisible();

  // The live update warns the second editor before they even try.
  const conflict = second.getByTestId("scenario-conflict");
  await expect(conflict).toContainText("Someone else saved this scenario");
  await second.getByRole("button", { name: "Save scenario" }).click();
  await expect(conflict).toContainText(/changed by Chloe Compliance at \d{4}-\d\d-\d\d/);
  await conflict.getByRole("button", { name: "Reload the saved scenario" }).click();
  await expect(second.getByLabel("Description")).toHaveValue("Compliance's wording.");
  await expect(conflict).toHaveCount(0);
  await first.context().close();
  await second.context().close();
});
