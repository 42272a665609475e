import { describe, expect, it } from "vitest";
import type { MatrixView } from "./build-matrix-view";
import { packMatrixView, packRanks, unpackMatrixView, unpackRanks } from "./packed-view";

/** A deterministic pseudo-random generator, so a failing case can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

describe("packRanks", () => {
  it("shares identical rows and run-length encodes each distinct one", () => {
    // Three rows of width 6; rows 0 and 2 are the same.
    const ranks = "000012" + "333333" + "000012";
    const packed = packRanks(ranks, 6);
    expect(packed).toBe("A4BC|D6/0,1,0");
    expect(unpackRanks(packed)).toBe(ranks);
  });

  it("writes runs longer than 35 in base 36", () => {
    const ranks = "2".repeat(250);
    expect(packRanks(ranks, 250)).toBe(`C${(250).toString(36)}/0`);
    expect(unpackRanks(packRanks(ranks, 250))).toBe(ranks);
  });

  it("round-trips every shape, including an empty matrix", () => {
    expect(unpackRanks(packRanks("", 0))).toBe("");
    expect(unpackRanks(packRanks("", 7))).toBe("");
    const next = random(42);
    for (let trial = 0; trial < 200; trial++) {
      const width = 1 + Math.floor(next() * 40);
      const height = 1 + Math.floor(next() * 30);
      // Few distinct rows and long runs, as in real scenarios, but also pure noise.
      const noisy = trial % 4 === 0;
      const templates = Array.from({ length: 3 }, () =>
        Array.from({ length: width }, () => String(Math.floor(next() * 4))).join(""),
      );
      let ranks = "";
      for (let r = 0; r < height; r++)
        ranks += noisy
          ? Array.from({ length: width }, () => String(Math.floor(next() * 4))).join("")
          : templates[Math.floor(next() * templates.length)];
      expect(unpackRanks(packRanks(ranks, width))).toBe(ranks);
    }
  });

  it("is much smaller than one character per cell when rows repeat", () => {
    const row = "0".repeat(40) + "2".repeat(60) + "1".repeat(100) + "3".repeat(50);
    const ranks = row.repeat(150) + "3".repeat(250).repeat(50);
    expect(packRanks(ranks, 250).length).toBeLessThan(ranks.length / 50);
  });
});

describe("packMatrixView", () => {
  it("gives back the view it packed, and is smaller as JSON", () => {
    const view: MatrixView = {
      rows: [
        { id: "m1", name: "GPT-4o" },
        { id: "m2", name: "o3" },
        { id: "m3", name: "Mistral Large" },
      ],
      rowGroups: [{ key: "openai", label: "OpenAI", start: 0, count: 2 }],
      columns: [
        { code: "JP", name: "Japan" },
        { code: "KR", name: "South Korea" },
      ],
      columnGroups: [{ key: "Asia", label: "Asia", start: 0, count: 2 }],
      outcomes: "020213",
      before: "000013",
      counts: "01",
      totals: { cells: [2, 1, 2, 1], deployments: [1, 0, 0, 0] },
    };
    const packed = packMatrixView(view);
    expect(unpackMatrixView(packed)).toEqual(view);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(view).length);
    expect(unpackMatrixView(packMatrixView({ ...view, before: null })).before).toBeNull();
  });
});
