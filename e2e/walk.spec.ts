import { expect, test, type Page } from "./fixtures";
import type { Role } from "../lib/auth/permissions";
import { demoEmail, signIn } from "./helpers";
import {
  axeViolations,
  cutHeaders,
  elementKinds,
  rawCodeOnScreen,
  setTheme,
  sidewaysOverflow,
  weakFocusIndicators,
  type Theme,
} from "./walk-checks";
import { allowed, discoverPages, resolveUrls, unknownIdUrl } from "./walk-pages";

/**
 * Walks every page of the app as each role and fails on what a first-hour user trips over: an
 * HTTP status other than the one the page means (403 for a page the role may not see, 404 for an
 * id that names nothing), a console error or a failed request, a raw enum code on screen, a
 * cut-off table header (at 1440 px and at phone width, 390 px, where the page must not scroll
 * sideways either), any serious or critical axe violation and any focus indicator under 3:1, in
 * light and in dark.
 *
 * Fast enough for every run: each role keeps one signed-in page; the theme switches in place
 * (the app's `dark` class) instead of reloading, and in dark axe checks only the colour rules
 * (the structural ones ran in light); the phone width is a resize of the same page; axe runs on
 * a page again for another role only when it shows a kind of element (tag and classes) the
 * earlier roles' did not, and once for the refusal and not-found pages; an id that names nothing
 * is tried as the administrator, whom no permission stops first.
 */

const PAGES = discoverPages();
const ROLES: Role[] = ["ADMIN", "COMPLIANCE", "LEGAL", "EXECUTIVE", "VIEWER"];
const THEMES: Theme[] = ["light", "dark"];
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

test.use({ viewport: WIDE });

let urls: Map<string, string> | undefined;
/**
 * The kinds of element axe has seen on each page (by template; the refusal and not-found pages
 * by status), and the kinds of focusable element already checked, per theme.
 */
const axed = new Map<string, Set<string>>();
const focusSeen: Record<Theme, Set<string>> = { light: new Set(), dark: new Set() };
const tally = { pages: 0, axeRuns: 0, started: Date.now() };

test.afterAll(() => {
  if (!tally.pages) return;
  const seconds = ((Date.now() - tally.started) / 1000).toFixed(0);
  console.log(
    `walk: ${tally.pages} page visits (${PAGES.length} pages × ${ROLES.length} roles, with unknown ids), ` +
      `${tally.axeRuns} axe runs over ${THEMES.length} themes, in ${seconds} s`,
  );
});

test("the walk finds every page of the app", () => {
  const templates = PAGES.map((p) => p.template);
  for (const known of [
    "/",
    "/matrix",
    "/vendors/[id]",
    "/contracts/[id]/clauses/[clauseId]",
    "/report",
  ])
    expect(templates).toContain(known);
});

/** Loaded and painted; not "networkidle", which the live-update stream never lets happen. */
async function settle(page: Page) {
  await page
    .locator("main")
    .first()
    .waitFor({ state: "visible", timeout: 10_000 })
    .catch(() => undefined);
}

/** Opens `url` and lists what is wrong with it. */
async function inspect(page: Page, url: string, expected: number, axeScope: string) {
  const problems: string[] = [];
  // Printed as found, so a walk stopped by its time limit still says what it had found.
  const add = (what: string) => {
    problems.push(`${url}: ${what}`);
    console.log(`walk: ${url}: ${what}`);
  };
  const onConsole = (m: { type(): string; text(): string; location(): { url: string } }) => {
    // A refusal or not-found document carries its status on purpose; Chromium logs every 4xx one.
    if (m.type() === "error" && !(expected !== 200 && m.text().includes(`status of ${expected}`)))
      add(`console error: ${m.text().slice(0, 200)} (${m.location().url})`);
  };
  const onPageError = (e: Error) => add(`page error: ${e.message.slice(0, 200)}`);
  const onResponse = (r: {
    url(): string;
    status(): number;
    request(): { isNavigationRequest(): boolean };
  }) => {
    if (r.status() >= 400 && !(r.request().isNavigationRequest() && r.status() === expected))
      add(`request ${r.status()}: ${r.url()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("response", onResponse);
  try {
    tally.pages++;
    const response = await page.goto(url);
    if (response?.status() !== expected) add(`HTTP ${response?.status()}, expected ${expected}`);
    await settle(page);
    const raw = await rawCodeOnScreen(page);
    if (raw) add(`raw code on screen: "${raw}"`);
    for (const header of await cutHeaders(page)) add(`table header cut at 1440 px: "${header}"`);
    const kinds = await elementKinds(page);
    const known = axed.get(axeScope) ?? new Set<string>();
    const withAxe = kinds.some((k) => !known.has(k));
    for (const k of kinds) known.add(k);
    axed.set(axeScope, known);
    // Focus shows as for the keyboard once a key has been pressed on the page.
    await page.keyboard.press("Tab");
    for (const theme of THEMES) {
      await setTheme(page, theme);
      if (withAxe) {
        tally.axeRuns++;
        // Dark changes colours only: the structural rules ran in light.
        for (const v of await axeViolations(page, theme === "light" ? "all" : "colour"))
          add(`axe ${theme} ${v}`);
      }
      for (const weak of await weakFocusIndicators(page, focusSeen[theme])) add(`${theme} ${weak}`);
    }
    await setTheme(page, "light");
    await page.setViewportSize(PHONE);
    for (const header of await cutHeaders(page)) add(`table header cut at 390 px: "${header}"`);
    const sideways = await sidewaysOverflow(page);
    if (sideways > 0) add(`at 390 px the page scrolls ${sideways} px sideways`);
    await page.setViewportSize(WIDE);
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("response", onResponse);
  }
  return problems;
}

for (const role of ROLES) {
  test(`every page as ${role}: right status, no console error, no raw code, no cut header, no serious axe violation, focus visible, in light and dark`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    const started = Date.now();
    await signIn(page, demoEmail(role));
    await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 30_000 });
    urls ??= await resolveUrls(
      page,
      PAGES.map((p) => p.template),
    );
    const problems: string[] = [];
    for (const route of PAGES) {
      const url = urls.get(route.template);
      if (!url) {
        problems.push(`${route.template}: no id found to open it with`);
        continue;
      }
      const mayOpen = allowed(role, route.permission, url);
      problems.push(
        ...(await inspect(page, url, mayOpen ? 200 : 403, mayOpen ? route.template : "403")),
      );
      const unknown = unknownIdUrl(route.template, url);
      if (unknown && role === "ADMIN") problems.push(...(await inspect(page, unknown, 404, "404")));
    }
    console.log(`walk: ${role} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    expect(problems).toEqual([]);
  });
}
