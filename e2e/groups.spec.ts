import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";
import { choose } from "./scenario-helpers";

test("a compliance officer defines a group, edits its members, and cannot delete a group in use", async ({
  page,
}) => {
  await signInAs(page, "COMPLIANCE", "/groups");
  await expect(page.getByTestId("group-row-G7")).toContainText("G7 trusted partners");

  await page.getByText("New country group").click();
  await page.getByLabel("Name", { exact: true }).fill("Trusted partners v2");
  await page.getByLabel("Source", { exact: true }).fill("Internal what-if");
  const members = page.getByTestId("new-group-members");
  await choose(members, "Japan", /Japan \(JP\)/);
  await choose(members, "Korea", /South Korea \(KR\)/);
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trusted partners v2" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Members in Asia" })).toContainText("Japan");
  await expect(page.getByTestId("group-usage")).toHaveText("No scenario uses this group.");

  const edit = page.getByTestId("group-members");
  await edit
    .getByRole("button", { name: /Remove .*South Korea \(KR\) from Member countries/ })
    .click();
  await choose(edit, "Australia", /Australia \(AU\)/);
  await page.getByRole("button", { name: "Save group" }).click();
  await expect(page.getByRole("list", { name: "Members in Oceania" })).toContainText("Australia");
  await expect(page.getByRole("list", { name: "Members in Asia" })).not.toContainText(
    "South Korea",
  );

  await page.goto("/groups");
  await page.getByRole("link", { name: "G7", exact: true }).click();
  await page.getByRole("button", { name: "Delete group" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByTestId("group-delete-error")).toContainText(
    "is used by the scenario “G7 trusted partners”",
  );

  await page.goto("/groups");
  await page.getByRole("link", { name: "Trusted partners v2" }).click();
  await page.getByRole("button", { name: "Delete group" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByTestId("group-row-Trusted partners v2")).toHaveCount(0);
});
