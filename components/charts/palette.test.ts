import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BAND_COLOR, CSS_VARIABLES, OUTCOME_COLOR } from "./palette";

describe("palette", () => {
  it("is the palette app/globals.css declares", () => {
    const css = readFileSync(new URL("../../app/globals.css", import.meta.url), "utf8");
    for (const [name, colour] of Object.entries(CSS_VARIABLES))
      expect(css).toMatch(new RegExp(`${name}:\\s*${colour};`, "i"));
  });

  it("never gives the outcome restricted and the band critical the same colour", () => {
    expect(BAND_COLOR.CRITICAL).not.toBe(OUTCOME_COLOR.RESTRICTED);
    expect(new Set(Object.values(BAND_COLOR)).size).toBe(4);
    expect(new Set(Object.values(OUTCOME_COLOR)).size).toBe(4);
  });
});
