import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";

// One story in order: legal brings in clauses, annotates, assesses and edits; compliance sees the
// thread assigned to them; a viewer reads everything and cannot change anything.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const CONTRACT = "Cohere Enterprise Agreement";
const SUSPEND = "The Provider may suspend the Services if export rules change.";
const COMPLY = "The Customer shall comply with all export control laws.";
const AGREEMENT = `Side letter on trade controls

10. Export control
${COMPLY} ${SUSPEND} The Provider shall give notice of any change in export rules.

11. Audit
The Customer may audit the Provider once per year.`;
const SCRIPT_BODY = "No notice before suspension. <script>window.__pwned = 1</script>";

/** Selects `quote` inside the clause text the way a mouse drag would (a DOM selection). */
async function selectText(page: Page, quote: string) {
  await page.getByTestId("clause-text").evaluate((el, q) => {
    const full = el.textContent ?? "";
    const start = full.indexOf(q);
    const end = start + q.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let pos = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (start >= pos && start < pos + len) range.setStart(n, start - pos);
      if (end > pos && end <= pos + len) range.setEnd(n, end - pos);
      pos += len;
    }
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, quote);
}

async function openClause(page: Page, heading: string) {
  await page.goto("/contracts");
  await page.getByRole("link", { name: CONTRACT, exact: true }).click();
  await page.getByRole("link", { name: heading, exact: true }).click();
  await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
}

test("legal brings in clauses, annotates with mouse and keyboard, replies, assesses and edits", async ({
  page,
}) => {
  await signInAs(page, "LEGAL", "/contracts");
  await page.getByRole("link", { name: CONTRACT, exact: true }).click();
  await page.getByRole("link", { name: "Bring in agreement" }).click();
  await page.getByLabel("Or paste the agreement text").fill(AGREEMENT);
  await page.getByRole("button", { name: "Split into clauses" }).click();
  await expect(page.getByLabel("Type of clause 1")).toHaveValue("EXPORT_CONTROL");
  await expect(page.getByLabel("Type of clause 2")).toHaveValue("AUDIT_RIGHTS");
  await page.getByRole("button", { name: "Save 2 clauses" }).click();
  await page.getByRole("link", { name: "10 Export control", exact: true }).click();

  // a "gap" annotation on a sentence selected with the mouse, assigned to compliance
  await selectText(page, SUSPEND);
  await page.getByRole("button", { name: "Annotate selection" }).click();
  const draft = page.getByRole("form", { name: "New annotation" });
  await expect(draft.getByRole("blockquote")).toHaveText(SUSPEND);
  await draft.getByLabel("Gap").check();
  await draft.getByLabel("Comment").fill(`${SCRIPT_BODY} [details](javascript:alert(1))`);
  await draft.getByLabel("@Chloe Compliance").check();
  await draft.getByRole("button", { name: "Save annotation" }).click();
  const gap = page.getByRole("article", { name: "Gap annotation by Leo Legal" });
  await expect(gap).toBeVisible();
  await expect(page.locator("mark")).toHaveText(SUSPEND);
  // the script tag is shown as text and never runs; the javascript: link lost its address
  await expect(gap).toContainText("<script>window.__pwned = 1</script>");
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect((await gap.getByText("details").getAttribute("href")) ?? "").not.toContain("javascript");

  await gap.getByRole("button", { name: "Reply" }).click();
  await gap.getByRole("textbox", { name: "Reply", exact: true }).fill("Ask for 90 days' notice.");
  await gap.getByRole("button", { name: "Post reply" }).click();
  await expect(gap.getByRole("list", { name: "Replies" })).toContainText(
    "Ask for 90 days' notice.",
  );

  // a "question" annotation made with the keyboard only: real key presses, no mouse
  const keys = page.getByRole("button", { name: "Select with keyboard" });
  await keys.focus();
  await page.keyboard.press("Enter");
  const box = page.getByLabel("Clause text (select with Shift + arrow keys)");
  await expect(box).toBeFocused();
  for (let i = 0; i < COMPLY.length; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect
    .poll(() => box.evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd]))
    .toEqual([0, COMPLY.length]);
  await page.keyboard.type("typing changes nothing");
  await expect(box).toHaveValue(new RegExp(`^${COMPLY}`));
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < COMPLY.length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Alt+Shift+A");
  await expect(draft.getByRole("blockquote")).toHaveText(COMPLY);
  await draft.getByLabel("Question").check();
  await draft.getByLabel("Comment").fill("Which laws?");
  await draft.getByRole("button", { name: "Save annotation" }).click();
  await expect(
    page.getByRole("article", { name: "Question annotation by Leo Legal" }),
  ).toBeVisible();

  // assess the clause weak
  await page.getByLabel("Weak").check();
  await page.getByLabel("Note (required)").fill("Suspension without notice; no termination right.");
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByTestId("clause-assessment")).toHaveText("Weak");
  await expect(page.getByRole("list", { name: "Assessment history" })).toContainText(
    "Weak by Leo Legal",
  );

  // editing: the kept sentence stays highlighted, the removed one is detached with its quote
  await page.getByRole("link", { name: "Edit clause" }).click();
  await expect(page.getByRole("heading", { name: "Edit 10 Export control" })).toBeVisible();
  const text = page.getByRole("textbox", { name: "Text", exact: true });
  await text.fill(
    `Scope: this clause covers every Service. ${SUSPEND} The Provider shall give notice of any change in export rules.`,
  );
  await page.getByRole("button", { name: "Save clause" }).click();
  await expect(page.getByRole("heading", { name: "10 Export control", level: 1 })).toBeVisible();
  await expect(page.locator("mark")).toHaveText(SUSPEND);
  const question = page.getByRole("article", { name: "Question annotation by Leo Legal" });
  await expect(question.getByText("Detached")).toBeVisible();
  await expect(question.getByRole("blockquote")).toHaveText(COMPLY);
  await expect(gap.getByText("Detached")).toHaveCount(0);
});

test("the mentioned user finds the thread under Assigned to me, resolves and reopens it", async ({
  page,
}) => {
  await signInAs(page, "COMPLIANCE", "/");
  const link = page.getByRole("link", { name: /Assigned to me/ });
  await expect(link).toContainText("1");
  await link.click();
  const list = page.getByRole("list", { name: "Assigned annotations" });
  await expect(list).toContainText(SUSPEND);
  await list.getByRole("link", { name: /10 Export control/ }).click();
  await expect(page).toHaveURL(/\/contracts\/[^/]+\/clauses\/[^/?]+/);
  const clauseUrl = page.url();
  const gap = page.getByRole("article", { name: "Gap annotation by Leo Legal" });
  await gap.getByRole("button", { name: "Resolve" }).click();
  await expect(gap.getByText("Resolved")).toBeVisible();
  await page.goto("/assigned");
  await expect(page.getByText("Nothing assigned to you")).toBeVisible();
  await page.goto(clauseUrl);
  await gap.getByRole("button", { name: "Reopen" }).click();
  await expect(gap.getByText("Resolved")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Assigned to me/ })).toContainText("1");
});

test("a viewer reads annotations without controls, and forged requests change nothing", async ({
  page,
}) => {
  await signInAs(page, "VIEWER", "/contracts");
  await openClause(page, "10 Export control");
  const clauseId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("article", { name: "Gap annotation by Leo Legal" })).toBeVisible();
  await expect(page.locator("mark")).toHaveText(SUSPEND);
  for (const name of ["Annotate selection", "Reply", "Resolve", "Save assessment"])
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit clause" })).toHaveCount(0);

  const assess = await page.request.post(`/api/clauses/${clauseId}/assessment`, {
    data: { version: 99, assessment: "ADEQUATE", note: "forged" },
  });
  expect(assess.status()).toBe(403);
  const annotate = await page.request.post("/api/annotations", {
    data: { clauseId, clauseVersion: 1, start: 0, end: 5, tag: "ok", body: "forged", mentions: [] },
  });
  expect(annotate.status()).toBe(403);

  await page.reload();
  await expect(page.getByTestId("clause-assessment")).toHaveText("Weak");
  await expect(
    page.getByRole("list", { name: "Assessment history" }).getByRole("listitem"),
  ).toHaveCount(1);
  await expect(page.getByTestId("annotation")).toHaveCount(2);
});
