import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCounts, encodeCounts } from "./exposure-counts";

describe("exposure counts as text", () => {
  it("encodes gaps and counts in base 36", () => {
    expect(encodeCounts([0, 8, 9], [1, 11, 300])).toBe("0.1,7.b,0.8c");
    expect(decodeCounts("0.1,7.b,0.8c")).toEqual(
      new Map([
        [0, 1],
        [8, 11],
        [9, 300],
      ]),
    );
    expect(encodeCounts([], [])).toBe("");
    expect(decodeCounts("").size).toBe(0);
  });

  it("decodes whatever it encodes", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(60_000), { maxLength: 300 }),
        fc.nat(5_000),
        (cells, seed) => {
          const sorted = [...cells].sort((a, b) => a - b);
          const counts = sorted.map((_, i) => 1 + ((seed + i * 7919) % 4_000));
          const decoded = decodeCounts(encodeCounts(sorted, counts));
          expect([...decoded.keys()]).toEqual(sorted);
          expect([...decoded.values()]).toEqual(counts);
        },
      ),
    );
  });
});
