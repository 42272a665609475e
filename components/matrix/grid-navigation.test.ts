import { describe, expect, it } from "vitest";
import type { MatrixView } from "@/lib/domain/matrix/build-matrix-view";
import { countLookup } from "@/lib/domain/matrix/exposure-counts";
import { describeCell, nextCell } from "./grid-navigation";

const size = { rows: 10, cols: 5, page: 4 };

describe("grid keyboard navigation", () => {
  it("moves one cell with the arrows and stops at the edges", () => {
    expect(nextCell("ArrowRight", false, { row: 2, col: 3 }, size)).toEqual({ row: 2, col: 4 });
    expect(nextCell("ArrowRight", false, { row: 2, col: 4 }, size)).toEqual({ row: 2, col: 4 });
    expect(nextCell("ArrowUp", false, { row: 0, col: 1 }, size)).toEqual({ row: 0, col: 1 });
    expect(nextCell("ArrowDown", false, { row: 0, col: 1 }, size)).toEqual({ row: 1, col: 1 });
    expect(nextCell("ArrowLeft", false, { row: 0, col: 1 }, size)).toEqual({ row: 0, col: 0 });
  });

  it("jumps with Home/End (row ends; Ctrl: grid corners) and by a page with PageUp/PageDown", () => {
    expect(nextCell("Home", false, { row: 3, col: 3 }, size)).toEqual({ row: 3, col: 0 });
    expect(nextCell("End", false, { row: 3, col: 1 }, size)).toEqual({ row: 3, col: 4 });
    expect(nextCell("Home", true, { row: 3, col: 3 }, size)).toEqual({ row: 0, col: 0 });
    expect(nextCell("End", true, { row: 3, col: 1 }, size)).toEqual({ row: 9, col: 4 });
    expect(nextCell("PageDown", false, { row: 3, col: 1 }, size)).toEqual({ row: 7, col: 1 });
    expect(nextCell("PageDown", false, { row: 8, col: 1 }, size)).toEqual({ row: 9, col: 1 });
    expect(nextCell("PageUp", false, { row: 2, col: 1 }, size)).toEqual({ row: 0, col: 1 });
  });

  it("ignores other keys and empty grids", () => {
    expect(nextCell("a", false, { row: 0, col: 0 }, size)).toBeNull();
    expect(
      nextCell("ArrowDown", false, { row: 0, col: 0 }, { rows: 0, cols: 3, page: 1 }),
    ).toBeNull();
  });
});

describe("describeCell", () => {
  const view: MatrixView = {
    rows: [{ id: "m1", name: "GPT-4o" }],
    rowGroups: [{ key: "v1", label: "OpenAI", start: 0, count: 1 }],
    columns: [
      { code: "JP", name: "Japan" },
      { code: "GB", name: "United Kingdom" },
    ],
    columnGroups: [],
    outcomes: "20",
    before: null,
    counts: "03",
    totals: { cells: [1, 0, 1, 0], deployments: [0, 0, 3, 0] },
  };
  const counts = countLookup(view.counts);

  it("names the model, the country, the outcome and the deployments there", () => {
    expect(describeCell(view, { row: 0, col: 0 }, counts)).toBe(
      "GPT-4o in Japan (JP): Restricted · 3 deployments",
    );
    expect(describeCell(view, { row: 0, col: 1 }, counts)).toBe(
      "GPT-4o in United Kingdom (GB): Allowed · 0 deployments",
    );
  });

  it("shows before → after in a diff when the outcome changes", () => {
    const diff = { ...view, before: "00" };
    expect(describeCell(diff, { row: 0, col: 0 }, counts)).toBe(
      "GPT-4o in Japan (JP): Allowed → Restricted · 3 deployments",
    );
    expect(describeCell(diff, { row: 0, col: 1 }, counts)).toContain(": Allowed · ");
  });
});
