import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";
import { addJapanRule, duplicateScenario } from "./scenario-helpers";

test("a save in one browser updates the overview and the scenario page open in another, without reload, within 2 s", async ({
  browser,
}) => {
  const editorContext = await browser.newContext();
  const watcherContext = await browser.newContext();
  const editor = await editorContext.newPage();
  const watcher = await watcherContext.newPage();
  await signInAs(editor, "COMPLIANCE");
  await signInAs(watcher, "EXECUTIVE");
  const id = await duplicateScenario(editor, "Five Eyes only", "Five Eyes live copy");

  await watcher.goto(`/?scenario=${id}`);
  await expect(watcher.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  const critical = watcher.getByTestId("band-CRITICAL");
  const before = await critical.innerText();
  // Survives only if the page is never reloaded.
  await watcher.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  // Prohibited, so the deployments it reaches become CRITICAL (a prohibition's floor) whatever
  // their contracts: the watcher's critical count must move.
  const added = await addJapanRule(editor, "Japan — prohibited (live test)", "PROHIBITED");
  await expect(editor.getByTestId("impact-summary")).toBeVisible();
  await editor.getByRole("button", { name: "Save scenario" }).click();
  const savedAt = Date.now();
  await expect(editor.getByText("Scenario saved")).toBeVisible();

  await expect(critical).not.toHaveText(before, { timeout: 2_000 + (Date.now() - savedAt) });
  await expect(watcher.getByTestId("live-updated")).toBeVisible();
  expect(await watcher.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  // The scenario page in the other browser follows too: the new rule appears there.
  await watcher.goto(`/scenarios/${id}`);
  await expect(watcher.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  await editor
    .getByTestId(`rule-${added}`)
    .getByLabel(`Rule ${added + 1} name`)
    .fill("Japan — renamed live");
  await editor.getByRole("button", { name: "Save scenario" }).click();
  await expect(watcher.getByLabel(`Rule ${added + 1} name`)).toHaveValue("Japan — renamed live", {
    timeout: 2_000,
  });

  await editorContext.close();
  await watcherContext.close();
});

test("a rule saved in one browser repaints the matrix open in another, without reload", async ({
  browser,
}) => {
  const editorContext = await browser.newContext();
  const watcherContext = await browser.newContext();
  const editor = await editorContext.newPage();
  const watcher = await watcherContext.newPage();
  await signInAs(editor, "ADMIN");
  await signInAs(watcher, "VIEWER");
  const id = await duplicateScenario(editor, "G7 trusted partners", "G7 live copy");

  await watcher.goto(`/matrix?scenario=${id}`);
  await watcher.getByLabel("Country group").selectOption({ label: "G7" });
  await expect(watcher).toHaveURL(/group=/);
  await watcher.getByLabel("Vendor").selectOption({ label: "OpenAI" });
  await expect(watcher).toHaveURL(/vendor=/);
  await expect(watcher.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  const gpt4oJapan = watcher.getByRole("gridcell", { name: /^GPT-4o in Japan \(JP\): / });
  await expect(gpt4oJapan).toHaveAccessibleName(/: Allowed · /);
  await watcher.evaluate(() => ((window as unknown as { marker: number }).marker = 7));

  await addJapanRule(editor, "Japan — restricted (matrix live test)");
  await editor.getByRole("button", { name: "Save scenario" }).click();
  const savedAt = Date.now();
  await expect(editor.getByText("Scenario saved")).toBeVisible();

  await expect(gpt4oJapan).toHaveAccessibleName(/: Restricted · /, {
    timeout: 2_000 + (Date.now() - savedAt),
  });
  await expect(gpt4oJapan).toHaveText("R");
  expect(await watcher.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);

  await editorContext.close();
  await watcherContext.close();
});
