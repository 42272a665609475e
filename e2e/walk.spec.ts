import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { can, type Action, type Entity, type Role } from "../lib/auth/permissions";
import { IMPORT_ENTITIES } from "../lib/import/columns";
import { importPermission } from "../lib/server/import/import-permission";
import { signInAs } from "./helpers";

/**
 * Walks every page of the app as each role and fails on what a first-hour user trips over: an
 * HTTP status other than the one the page means (403 for a page the role may not see), a console
 * error or a failed request, a raw enum code on screen, a cut-off table header, and (as the
 * administrator, who sees every control) any serious or critical axe violation in light and dark.
 *
 * The pages come from the app directory and the permission each needs from its
 * `requirePagePermission(...)` call, so a new page is walked without editing this file.
 */

const APP = path.join(__dirname, "..", "app");

interface PageRoute {
  /** "/contracts/[id]/clauses/[clauseId]" */
  template: string;
  permission: [Action, Entity] | "import" | null;
}

function discoverPages(): PageRoute[] {
  const routes: PageRoute[] = [];
  const walk = (dir: string, segments: string[], inherited: PageRoute["permission"]) => {
    let permission = inherited;
    const layout = path.join(dir, "layout.tsx");
    if (fs.existsSync(layout))
      permission = permissionIn(fs.readFileSync(layout, "utf8")) ?? permission;
    const page = path.join(dir, "page.tsx");
    if (fs.existsSync(page)) {
      routes.push({
        template: "/" + segments.filter((s) => !/^\(.*\)$/.test(s)).join("/"),
        permission: permissionIn(fs.readFileSync(page, "utf8")) ?? permission,
      });
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== "api" && !entry.name.startsWith("_"))
        walk(path.join(dir, entry.name), [...segments, entry.name], permission);
    }
  };
  walk(APP, [], null);
  // Signed-out pages are walked by the sign-in journeys; first-run setup by its own journey.
  return routes.filter((r) => !["/login", "/setup"].includes(r.template));
}

function permissionIn(source: string): PageRoute["permission"] {
  if (/requirePagePermission\(\.\.\.importPermission\(/.test(source)) return "import";
  const m = /requirePagePermission\(\s*"(\w+)",\s*"(\w+)"\s*\)/.exec(source);
  return m ? [m[1] as Action, m[2] as Entity] : null;
}

const ROLES: Role[] = ["ADMIN", "COMPLIANCE", "LEGAL", "EXECUTIVE", "VIEWER"];

/** Enum codes ("LICENCE_REQUIRED", "VENDOR_API") and provider-region codes ("AZURE · japaneast"). */
const RAW_CODE = /\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b|\b(?:AZURE|AWS|GCP|ORACLE|ON_PREM) · [a-z]/;

/**
 * Fills a template's dynamic segments with real ids, found as links on the nearest page above
 * the segment (the list for /vendors/[id], the contract for its clauses).
 */
async function resolveUrls(page: Page, templates: string[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const cache = new Map<string, string>();
  for (const template of templates) {
    const segments = template.split("/").slice(1);
    const done: string[] = [];
    let ok = true;
    for (const segment of segments) {
      const m = /^\[(\w+)\]$/.exec(segment);
      if (!m) {
        done.push(segment);
        continue;
      }
      const prefix = "/" + done.join("/");
      if (prefix === "/import") {
        done.push(IMPORT_ENTITIES[0]);
        continue;
      }
      let id = cache.get(prefix);
      if (!id) {
        for (const from of [prefix, prefix.split("/").slice(0, -1).join("/") || "/"]) {
          const response = await page.goto(from);
          if (!response || response.status() !== 200) continue;
          const hrefs = await page
            .locator(`a[href^="${prefix}/"]`)
            .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
          id = hrefs
            .map((h) => h.slice(prefix.length + 1).split(/[/?#]/)[0])
            .find((s) => s && !["new", "edit", "import"].includes(s));
          if (id) break;
        }
        if (id) cache.set(prefix, id);
      }
      if (!id) {
        ok = false;
        break;
      }
      done.push(id);
    }
    if (ok) urls.set(template, "/" + done.join("/"));
  }
  return urls;
}

function allowed(role: Role, permission: PageRoute["permission"], url: string): boolean {
  if (permission === null) return true;
  if (permission === "import") {
    const entity = url.split("/")[2] as (typeof IMPORT_ENTITIES)[number];
    return can(role, ...importPermission(entity));
  }
  return can(role, ...permission);
}

/** Loaded and painted; not "networkidle", which the live-update stream never lets happen. */
async function settle(page: Page) {
  await page.waitForLoadState("load");
  await page
    .locator("main")
    .first()
    .waitFor({ state: "visible", timeout: 10_000 })
    .catch(() => undefined);
}

interface Problem {
  url: string;
  what: string;
}

/** Opens `url` and lists what is wrong with it; with `axe`, also the serious/critical violations. */
async function inspect(
  page: Page,
  url: string,
  expectedStatus: number,
  options: { axe: boolean },
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const add = (what: string) => problems.push({ url, what });
  const onConsole = (m: { type(): string; text(): string; location(): { url: string } }) => {
    // The refusal page's document is a 403 on purpose; Chromium logs every 4xx document.
    if (m.type() === "error" && !(expectedStatus === 403 && /status of 403/.test(m.text())))
      add(`console error: ${m.text().slice(0, 200)} (${m.location().url})`);
  };
  const onPageError = (e: Error) => add(`page error: ${e.message.slice(0, 200)}`);
  const onResponse = (r: {
    url(): string;
    status(): number;
    request(): { isNavigationRequest(): boolean };
  }) => {
    if (r.status() >= 400 && !(r.request().isNavigationRequest() && r.status() === expectedStatus))
      add(`request ${r.status()}: ${r.url()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("response", onResponse);
  try {
    const response = await page.goto(url);
    const status = response?.status();
    if (status !== expectedStatus) add(`HTTP ${status}, expected ${expectedStatus}`);
    await settle(page);
    const text = await page
      .locator("main")
      .innerText()
      .catch(() => "");
    const raw = RAW_CODE.exec(text);
    if (raw) add(`raw code on screen: "${raw[0]}"`);
    const cut = await page
      .locator("main th")
      .evaluateAll((ths) =>
        ths
          .filter((th) => th.scrollWidth > th.clientWidth + 1)
          .map((th) => (th as HTMLElement).innerText.trim()),
      );
    for (const header of cut) add(`table header cut: "${header}"`);
    if (options.axe) {
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.reload();
        await settle(page);
        const result = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
          .analyze();
        for (const v of result.violations)
          if (v.impact === "serious" || v.impact === "critical")
            add(
              `axe ${scheme} ${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes[0]?.target.join(" ")}`,
            );
      }
      await page.emulateMedia({ colorScheme: "light" });
    }
  } finally {
    for (const p of problems) console.log(`walk: ${p.url}: ${p.what}`);
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("response", onResponse);
  }
  return problems;
}

const PAGES = discoverPages();

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

for (const role of ROLES) {
  // Minutes of page loads and axe runs: opt-in (E2E_WALK=1) until it is fast enough for every CI run.
  test(`every page as ${role}: right status, no console error, no raw code${role === "ADMIN" ? ", no serious axe violation in light and dark" : ""}`, async ({
    page,
  }) => {
    test.skip(!process.env.E2E_WALK, "the page walk runs with E2E_WALK=1");
    test.setTimeout(role === "ADMIN" ? 420_000 : 240_000);
    await signInAs(page, role);
    const urls = await resolveUrls(
      page,
      PAGES.map((p) => p.template),
    );
    const problems: Problem[] = [];
    for (const route of PAGES) {
      const url = urls.get(route.template);
      if (!url) {
        problems.push({ url: route.template, what: "no id found to open it with" });
        continue;
      }
      const expected = allowed(role, route.permission, url) ? 200 : 403;
      problems.push(
        ...(await inspect(page, url, expected, { axe: role === "ADMIN" && expected === 200 })),
      );
    }
    expect(problems, problems.map((p) => `${p.url}: ${p.what}`).join("\n")).toEqual([]);
  });
}
