import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { can, type Action, type Entity, type Role } from "../lib/auth/permissions";
import { IMPORT_ENTITIES } from "../lib/import/columns";
import { importPermission } from "../lib/server/import/import-permission";

/**
 * The pages the walk opens: found in the app directory, each with the permission its
 * `requirePagePermission(...)` call (or its layout's) asks for, so a new page is walked without
 * editing the walk.
 */

const APP = path.join(__dirname, "..", "app");

export interface PageRoute {
  /** "/contracts/[id]/clauses/[clauseId]" */
  template: string;
  permission: [Action, Entity] | "import" | null;
}

export function discoverPages(): PageRoute[] {
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

export function allowed(role: Role, permission: PageRoute["permission"], url: string): boolean {
  if (permission === null) return true;
  if (permission === "import") {
    const entity = url.split("/")[2] as (typeof IMPORT_ENTITIES)[number];
    return can(role, ...importPermission(entity));
  }
  return can(role, ...permission);
}

/**
 * Fills each template's dynamic segments with real ids, found as links on the nearest page above
 * the segment (the list for /vendors/[id], the contract for its clauses).
 */
export async function resolveUrls(page: Page, templates: string[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const cache = new Map<string, string>();
  for (const template of templates) {
    const done: string[] = [];
    let ok = true;
    for (const segment of template.split("/").slice(1)) {
      if (!/^\[\w+\]$/.test(segment)) {
        done.push(segment);
        continue;
      }
      const prefix = "/" + done.join("/");
      const id =
        prefix === "/import"
          ? IMPORT_ENTITIES[0]
          : (cache.get(prefix) ?? (await firstIdLinkedUnder(page, prefix)));
      if (!id) {
        ok = false;
        break;
      }
      cache.set(prefix, id);
      done.push(id);
    }
    if (ok) urls.set(template, "/" + done.join("/"));
  }
  return urls;
}

async function firstIdLinkedUnder(page: Page, prefix: string): Promise<string | undefined> {
  for (const from of [prefix, prefix.split("/").slice(0, -1).join("/") || "/"]) {
    const response = await page.goto(from, { waitUntil: "domcontentloaded" });
    if (!response || response.status() !== 200) continue;
    const hrefs = await page
      .locator(`a[href^="${prefix}/"]`)
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const id = hrefs
      .map((h) => h.slice(prefix.length + 1).split(/[/?#]/)[0])
      .find((s) => s && !["new", "edit", "import"].includes(s));
    if (id) return id;
  }
  return undefined;
}

/** The same address with its last id replaced by one that names nothing. */
export function unknownIdUrl(template: string, url: string): string | null {
  const templateSegments = template.split("/");
  const last = templateSegments.findLastIndex((s) => /^\[\w+\]$/.test(s));
  if (last < 0) return null;
  const segments = url.split("/");
  segments[last] = "no-such-id";
  return segments.join("/");
}
