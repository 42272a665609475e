import { readFileSync } from "node:fs";
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  type Color,
} from "culori";
import { describe, expect, it } from "vitest";
import { BAND_CLASS } from "@/components/inventory/band-badge";
import { OUTCOME_STYLE } from "@/components/matrix/outcome-style";
import { BAND_COLOR, CSS_VARIABLES, OUTCOME_COLOR } from "./palette";

/**
 * Smallest CIEDE2000 difference two categories may keep. ΔE00 ≈ 1 is a just-noticeable difference
 * side by side under ideal viewing; the commonly used scale calls 2–10 "perceptible at a glance"
 * and beyond 10 "clearly different colours", and small marks (a matrix cell, a map country, a
 * badge) need larger differences than large patches (Szafir, "Modeling Color Difference for
 * Visualization Design", IEEE TVCG 24(1), 2018). 10 is the least we accept for categories a user
 * tells apart by colour.
 */
const MIN_DELTA_E = 10;

const VISION: Record<string, (c: Color) => Color> = {
  "typical vision": (c) => c,
  // Full-severity dichromacy (Machado, Oliveira & Fernandes 2009), as culori implements it.
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

const deltaE = differenceCiede2000();

/** Every pair of `colours` whose simulated difference falls below MIN_DELTA_E, with its ΔE. */
function tooClose(colours: Record<string, string>, see: (c: Color) => Color): string[] {
  const entries = Object.entries(colours);
  const close: string[] = [];
  entries.forEach(([a, ca], i) => {
    for (const [b, cb] of entries.slice(i + 1)) {
      const d = deltaE(see(parse(ca)!), see(parse(cb)!));
      if (d < MIN_DELTA_E) close.push(`${a}/${b} ΔE00 ${d.toFixed(1)}`);
    }
  });
  return close;
}

describe("palette", () => {
  it("is the palette app/globals.css declares", () => {
    const css = readFileSync(new URL("../../app/globals.css", import.meta.url), "utf8");
    for (const [name, colour] of Object.entries(CSS_VARIABLES))
      expect(css).toMatch(new RegExp(`${name}:\\s*${colour};`, "i"));
  });

  it("is the palette the badges and matrix cells paint with", () => {
    const fill = (className: string) =>
      CSS_VARIABLES[`--color-${/\bbg-((?:band|outcome)-\w+)/.exec(className)?.[1]}`];
    for (const [band, className] of Object.entries(BAND_CLASS))
      expect(fill(className), band).toBe(BAND_COLOR[band as keyof typeof BAND_COLOR]);
    for (const [outcome, style] of Object.entries(OUTCOME_STYLE))
      expect(fill(style.className), outcome).toBe(
        OUTCOME_COLOR[outcome as keyof typeof OUTCOME_COLOR],
      );
  });

  for (const [vision, see] of Object.entries(VISION)) {
    it(`keeps every pair of risk bands distinguishable under ${vision}`, () => {
      expect(tooClose(BAND_COLOR, see)).toEqual([]);
    });

    it(`keeps every pair of access outcomes distinguishable under ${vision}`, () => {
      expect(tooClose(OUTCOME_COLOR, see)).toEqual([]);
    });

    it(`never lets the outcome restricted read as the band critical under ${vision}`, () => {
      const pair = { restricted: OUTCOME_COLOR.RESTRICTED, critical: BAND_COLOR.CRITICAL };
      expect(tooClose(pair, see)).toEqual([]);
    });
  }
});
