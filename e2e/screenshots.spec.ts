import path from "node:path";
import { test } from "@playwright/test";
import type { Role } from "../lib/auth/permissions";
import { signInAs } from "./helpers";
import { setTheme, type Theme } from "./walk-checks";
import { allowed, discoverPages, resolveUrls } from "./walk-pages";

/**
 * Not a test: pictures of every page for a person to look over, per role, at 1440 px and at phone
 * width (390 px), light and dark, in screenshots/ (git-ignored). Runs only on request:
 *   E2E_SCREENSHOTS=1 E2E_ROLES=ADMIN,VIEWER npx playwright test e2e/screenshots.spec.ts
 */

const OUT = path.join(__dirname, "..", "screenshots");
const ROLES = (process.env.E2E_ROLES ?? "ADMIN,COMPLIANCE,LEGAL,EXECUTIVE,VIEWER").split(
  ",",
) as Role[];
const WIDTHS = [1440, 390];
const THEMES: Theme[] = ["light", "dark"];

for (const role of ROLES) {
  test(`screenshots of every page as ${role}`, async ({ page }) => {
    test.skip(!process.env.E2E_SCREENSHOTS, "takes pictures with E2E_SCREENSHOTS=1");
    test.setTimeout(1_800_000);
    const pages = discoverPages();
    await signInAs(page, role);
    const urls = await resolveUrls(
      page,
      pages.map((p) => p.template),
    );
    for (const route of pages) {
      const url = urls.get(route.template);
      if (!url || !allowed(role, route.permission, url)) continue;
      const name = route.template.replace(/[^\w]+/g, "-").replace(/^-|-$/g, "") || "overview";
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
        await page.goto(url);
        await page.locator("main").first().waitFor();
        for (const theme of THEMES) {
          await setTheme(page, theme);
          await page.screenshot({
            path: path.join(OUT, role.toLowerCase(), `${name}-${width}-${theme}.png`),
            fullPage: true,
          });
        }
      }
    }
  });
}
