import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countLookup, decodeCounts, encodeCounts } from "./exposure-counts";

describe("exposure counts as text", () => {
  it("encodes gaps and counts as base-32 varints, two characters for small ones", () => {
    // 300 = 12 + 9 × 32: digit 12 with more to follow ("M"), then 9 ("9").
    expect(encodeCounts([0, 8, 9], [1, 11, 300])).toBe("017b0M9");
    expect(decodeCounts("017b0M9")).toEqual(
      new Map([
        [0, 1],
        [8, 11],
        [9, 300],
      ]),
    );
    expect(encodeCounts([], [])).toBe("");
    expect(decodeCounts("").size).toBe(0);
    expect(countLookup("").get(0)).toBe(0);
    const lookup = countLookup("017b0M9");
    expect([0, 1, 8, 9, 10].map((cell) => lookup.get(cell))).toEqual([1, 0, 11, 300, 0]);
  });

  it("decodes whatever it encodes", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(2_000_000), { maxLength: 300 }),
        fc.nat(5_000),
        (cells, seed) => {
          const sorted = [...cells].sort((a, b) => a - b);
          const counts = sorted.map((_, i) => 1 + ((seed + i * 7919) % 40_000));
          const decoded = decodeCounts(encodeCounts(sorted, counts));
          expect([...decoded.keys()]).toEqual(sorted);
          expect([...decoded.values()]).toEqual(counts);
          // The lazy lookup agrees on every cell, asked in any order, and says 0 between them.
          const lookup = countLookup(encodeCounts(sorted, counts));
          const asked = [...sorted].reverse().concat(sorted.map((c) => c + 1));
          for (const cell of asked) expect(lookup.get(cell)).toBe(decoded.get(cell) ?? 0);
        },
      ),
    );
  });
});
