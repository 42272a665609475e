import axe from "axe-core";
import type { Page } from "@playwright/test";
import { parse, rgb, wcagContrast, type Rgb } from "culori";

/** The checks the page walk (e2e/walk.spec.ts) makes on each page it opens. */

export type Theme = "light" | "dark";

/** Enum codes ("LICENCE_REQUIRED", "VENDOR_API") and provider-region codes ("AZURE · japaneast"). */
const RAW_CODE = /\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b|\b(?:AZURE|AWS|GCP|ORACLE|ON_PREM) · [a-z]/;

/** The first raw code in the page's main text; text set as code (<code>, <pre>) is meant as such. */
export function rawCodeOnScreen(page: Page): Promise<string | null> {
  return page.evaluate((pattern) => {
    const main = document.querySelector("main");
    if (!main) return null;
    // Text nodes of one element run together ("AZURE", " · ", "japaneast" from one template).
    let text = "";
    let last: Element | null = null;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("code, pre") || !parent.checkVisibility()) continue;
      text += (parent === last ? "" : "\n") + node.textContent;
      last = parent;
    }
    return new RegExp(pattern).exec(text)?.[0] ?? null;
  }, RAW_CODE.source);
}

/** Table headers whose text does not fit their cell. */
export function cutHeaders(page: Page): Promise<string[]> {
  return page
    .locator("main th")
    .evaluateAll((ths) =>
      ths
        .filter((th) => th.scrollWidth > th.clientWidth + 1)
        .map((th) => (th as HTMLElement).innerText.trim()),
    );
}

/** How far the page scrolls sideways (wide content belongs in its own scrolling box). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Switches the open page's theme the way the app's toggle does (the `dark` class on <html>), with
 * the media query to match, and jumps colour transitions to their end so what is measured is
 * what the user ends up seeing.
 */
export async function setTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((dark) => {
    document.documentElement.classList.toggle("dark", dark);
    for (const a of document.getAnimations())
      if (a.effect?.getTiming().iterations !== Infinity) a.finish();
  }, theme === "dark");
}

/**
 * The kinds of element on the page (tag and classes). A role whose page shows no kind that an
 * earlier role's showed adds nothing for axe to find, so the walk checks it once.
 */
export function elementKinds(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set(
      Array.from(
        document.body.querySelectorAll("*"),
        (el) => `${el.tagName}.${el.getAttribute("class") ?? ""}`,
      ),
    ),
  ]);
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** The rules whose outcome depends on colour: all a theme switch can change. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Serious and critical axe violations, one line each. axe-core is put in the page once per
 * document and asked for violations only: @axe-core/playwright injected its 600 kB twice per run
 * and returned every passing node too, which made axe most of the walk's time.
 */
export async function axeViolations(page: Page, only: "all" | "colour"): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const runOnly =
    only === "all" ? { type: "tag", values: AXE_TAGS } : { type: "rule", values: COLOUR_RULES };
  return page.evaluate(async (runOnly) => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const result = await axe.run(document, {
      runOnly: runOnly as import("axe-core").RunOnly,
      resultTypes: ["violations"],
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => {
        const first = v.nodes[0];
        const detail = first?.any[0]?.message ?? first?.failureSummary?.split("\n")[1] ?? "";
        return `${v.impact} ${v.id} ×${v.nodes.length}: ${first?.target.join(" ")} ${detail.trim()}`;
      });
  }, runOnly);
}

interface FocusSample {
  element: string;
  key: string;
  outline: { style: string; width: number; color: string; offset: number };
  shadowBefore: string;
  shadowAfter: string;
  /** Background colours from the element's parent outwards, until an opaque one. */
  behind: string[];
  own: string;
}

/**
 * Focuses each kind of focusable element on the page (tag, classes and surrounding background)
 * as a keyboard user reaches it (the caller has pressed Tab, so focus is shown as for the
 * keyboard), and returns the focus indicators whose colours do not reach 3:1 against what is next
 * to them (WCAG 1.4.11). An indicator of two colours (an outline with a ring inside it, as the
 * matrix cells have) passes when one of them reaches 3:1 against each neighbouring colour.
 * `seen` carries the kinds already checked on earlier pages, so the sidebar is checked once per
 * theme, not on every page.
 */
export async function weakFocusIndicators(page: Page, seen: Set<string>): Promise<string[]> {
  const samples = await page.evaluate(
    (already) => {
      const alpha = (c: string) => {
        const m = /^rgba\(.*,\s*([\d.]+)\)$/.exec(c) ?? /\/\s*([\d.]+)\)$/.exec(c);
        return c === "transparent" ? 0 : m ? Number(m[1]) : 1;
      };
      const chain = (from: Element | null) => {
        const colours: string[] = [];
        for (let el = from; el; el = el.parentElement) {
          const bg = getComputedStyle(el).backgroundColor;
          if (alpha(bg) === 0) continue;
          colours.push(bg);
          if (alpha(bg) === 1) break;
        }
        return colours;
      };
      const finish = () => {
        for (const a of document.getAnimations())
          if (a.effect?.getTiming().iterations !== Infinity) a.finish();
      };
      const selector =
        'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
      // Kinds first, in one pass: focusing invalidates styles, so reading them between focuses
      // would recompute the page's styles once per element.
      const keys = new Set(already);
      const fresh: [HTMLElement, string, string[]][] = [];
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        if (!el.checkVisibility({ visibilityProperty: true })) continue;
        const behind = chain(el.parentElement);
        const key = `${el.tagName}|${el.getAttribute("class") ?? ""}|${behind.join(",")}`;
        if (keys.has(key)) continue;
        keys.add(key);
        fresh.push([el, key, behind]);
      }
      const out: FocusSample[] = [];
      for (const [el, key, behind] of fresh.slice(0, 60)) {
        const shadowBefore = getComputedStyle(el).boxShadow;
        el.focus({ preventScroll: true });
        if (document.activeElement !== el) continue;
        finish();
        const cs = getComputedStyle(el);
        const label = (el.getAttribute("aria-label") ?? el.innerText ?? "").trim().slice(0, 40);
        out.push({
          element: `${el.tagName.toLowerCase()} "${label}"`,
          key,
          outline: {
            style: cs.outlineStyle,
            width: parseFloat(cs.outlineWidth),
            color: cs.outlineColor,
            offset: parseFloat(cs.outlineOffset),
          },
          shadowBefore,
          shadowAfter: cs.boxShadow,
          behind,
          own: cs.backgroundColor,
        });
        el.blur();
      }
      finish();
      return out;
    },
    [...seen],
  );
  const problems: string[] = [];
  for (const s of samples) {
    seen.add(s.key);
    const weak = weakness(s);
    if (weak) problems.push(`focus on ${s.element}: ${weak}`);
  }
  return problems;
}

const WHITE: Rgb = { mode: "rgb", r: 1, g: 1, b: 1 };

/** `top` painted over `bottom` (both colours as CSS strings or rgb). */
function over(top: string | Rgb, bottom: Rgb): Rgb {
  const c = rgb(typeof top === "string" ? parse(top) : top);
  if (!c) return bottom;
  const a = c.alpha ?? 1;
  return {
    mode: "rgb",
    r: c.r * a + bottom.r * (1 - a),
    g: c.g * a + bottom.g * (1 - a),
    b: c.b * a + bottom.b * (1 - a),
  };
}

const COLOUR_IN_SHADOW = /(?:rgba?|oklch|oklab|lab|lch|hsla?|color)\([^)]*\)|#[0-9a-f]{3,8}\b/gi;

function weakness(s: FocusSample): string | null {
  const behind = s.behind.reduceRight<Rgb>((under, colour) => over(colour, under), WHITE);
  const neighbours: Rgb[] = [behind];
  if (s.outline.offset <= 0) neighbours.push(over(s.own, behind));
  const indicators: Rgb[] = [];
  if (s.outline.style !== "none" && s.outline.width >= 2)
    indicators.push(over(s.outline.color, behind));
  if (s.shadowAfter !== s.shadowBefore)
    for (const colour of s.shadowAfter.match(COLOUR_IN_SHADOW) ?? [])
      indicators.push(over(colour, behind));
  if (!indicators.length) return "no focus indicator (an outline of at least 2 px or a ring)";
  for (const n of neighbours) {
    const best = Math.max(...indicators.map((c) => wcagContrast(c, n)));
    if (best < 3)
      return `indicator ${best.toFixed(2)}:1 against the neighbouring colour (needs 3:1)`;
  }
  return null;
}
