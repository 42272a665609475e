import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments";

describe("highlightSegments", () => {
  it("cuts text at each boundary so overlapping highlights both show", () => {
    const s = highlightSegments(10, [
      { id: "a", start: 2, end: 6 },
      { id: "b", start: 4, end: 8 },
      { id: "bad", start: 5, end: 50 },
    ]);
    expect(s).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ["a"] },
      { start: 4, end: 6, ids: ["a", "b"] },
      { start: 6, end: 8, ids: ["b"] },
      { start: 8, end: 10, ids: [] },
    ]);
  });
});
