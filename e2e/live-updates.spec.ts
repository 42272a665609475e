import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";
import { addJapanRule, openScenario } from "./scenario-helpers";

test("a save in one browser updates the overview and the scenario page open in another, without reload, within 2 s", async ({
  browser,
}) => {
  const editorContext = await browser.newContext();
  const watcherContext = await browser.newContext();
  const editor = await editorContext.newPage();
  const watcher = await watcherContext.newPage();
  await signInAs(editor, "COMPLIANCE");
  await signInAs(watcher, "EXECUTIVE");
  const id = await openScenario(editor, "Five Eyes only");

  await watcher.goto(`/?scenario=${id}`);
  await expect(watcher.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  const critical = watcher.getByTestId("band-CRITICAL");
  const before = await critical.innerText();
  // Survives only if the page is never reloaded.
  await watcher.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  await addJapanRule(editor, "Japan — restricted (live test)");
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
  await editor.getByTestId("rule-4").getByLabel("Rule 5 name").fill("Japan — renamed live");
  await editor.getByRole("button", { name: "Save scenario" }).click();
  await expect(watcher.getByLabel("Rule 5 name")).toHaveValue("Japan — renamed live", {
    timeout: 2_000,
  });

  await editorContext.close();
  await watcherContext.close();
});
