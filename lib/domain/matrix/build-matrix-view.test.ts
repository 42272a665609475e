import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../scenario/evaluate";
import { AS_OF, makeInventory, trustedPartners } from "../test-fixtures";
import { buildMatrixView, type MatrixView } from "./build-matrix-view";
import { decodeCounts } from "./exposure-counts";
import { NO_FILTERS, type MatrixFilters } from "./matrix-filters";

const inventory = makeInventory();
const g7 = evaluateScenario(inventory, { ...trustedPartners("g7"), id: "g7" }, { asOf: AS_OF });
const fvey = evaluateScenario(
  inventory,
  { ...trustedPartners("fvey"), id: "fvey" },
  { asOf: AS_OF },
);
const filters = (f: Partial<MatrixFilters> = {}): MatrixFilters => ({ ...NO_FILTERS, ...f });

/** The outcome rank shown for (model name, code), or undefined when the cell is not shown. */
function cellOf(
  view: MatrixView,
  modelName: string,
  code: string,
  side: "outcomes" | "before" = "outcomes",
) {
  const row = view.rows.findIndex((r) => r.name === modelName);
  const col = view.columns.findIndex((c) => c.code === code);
  if (row < 0 || col < 0) return undefined;
  return view[side]?.[row * view.columns.length + col];
}

describe("buildMatrixView", () => {
  it("groups models by vendor and jurisdictions by region, both by name", () => {
    const view = buildMatrixView(g7, filters());
    expect(view.rowGroups.map((g) => g.label)).toEqual([
      "Alibaba",
      "Anthropic",
      "Cohere",
      "DeepSeek",
      "Meta",
      "Mistral AI",
      "OpenAI",
    ]);
    const openai = view.rowGroups.find((g) => g.label === "OpenAI")!;
    expect(view.rows.slice(openai.start, openai.start + openai.count).map((r) => r.name)).toEqual([
      "GPT-4o",
      "GPT-4o mini",
    ]);
    expect(view.columnGroups.map((g) => g.label)).toEqual([
      "Americas",
      "Asia",
      "Europe",
      "Middle East",
      "Oceania",
    ]);
    const asia = view.columnGroups[1];
    expect(view.columns.slice(asia.start, asia.start + asia.count).map((c) => c.code)).toEqual([
      "CN",
      "IN",
      "JP",
      "SG",
      "KR",
    ]);
    expect(view.outcomes).toHaveLength(view.rows.length * view.columns.length);
    expect(view.before).toBeNull();
  });

  it("encodes each cell's outcome under the scenario: GPT-4o in Japan allowed under G7, restricted under Five Eyes", () => {
    expect(cellOf(buildMatrixView(g7, filters()), "GPT-4o", "JP")).toBe("0");
    expect(cellOf(buildMatrixView(fvey, filters()), "GPT-4o", "JP")).toBe("2");
    expect(cellOf(buildMatrixView(fvey, filters()), "GPT-4o", "GB")).toBe("0");
  });

  it("sends exposure counts only for cells with deployments, excluding retired ones", () => {
    const view = buildMatrixView(g7, filters());
    const counts = new Map<string, number>();
    for (const [cell, count] of decodeCounts(view.counts)) {
      const row = view.rows[Math.floor(cell / view.columns.length)];
      const col = view.columns[cell % view.columns.length];
      counts.set(`${row.name}/${col.code}`, count);
    }
    // Japan: the HR deployment plus the global support deployment reaching it.
    expect(counts.get("GPT-4o/JP")).toBe(2);
    expect(counts.get("GPT-4o/US")).toBe(2);
    expect(counts.has("GPT-4o mini/GB")).toBe(false);
    expect([...counts.values()].every((n) => n > 0)).toBe(true);
  });

  it("totals cells and deployments per outcome for what is shown", () => {
    const view = buildMatrixView(fvey, filters());
    expect(view.totals.cells.reduce((a, b) => a + b, 0)).toBe(view.outcomes.length);
    // Eight planned or live deployments; the Japanese, Indian and Polish ones are restricted outside Five Eyes.
    expect(view.totals.deployments.reduce((a, b) => a + b, 0)).toBe(8);
    expect(view.totals.deployments[2]).toBeGreaterThanOrEqual(3);
    const onlyMistral = buildMatrixView(fvey, filters({ vendorIds: ["mistral"] }));
    expect(onlyMistral.totals.deployments).toEqual([1, 0, 0, 0]);
  });

  it("narrows columns to a group, a region and where we deploy, combined", () => {
    const codes = (f: Partial<MatrixFilters>) =>
      buildMatrixView(g7, filters(f))
        .columns.map((c) => c.code)
        .sort();
    expect(codes({ groupId: "fvey" })).toEqual(["AU", "CA", "GB", "NZ", "US"]);
    expect(codes({ region: "Oceania" })).toEqual(["AU", "NZ"]);
    expect(codes({ deployedOnly: true })).toEqual(["BR", "CN", "FR", "IN", "JP", "PL", "US"]);
    expect(codes({ deployedOnly: true, region: "Asia" })).toEqual(["CN", "IN", "JP"]);
    expect(codes({ groupId: "no-such-group" })).toHaveLength(18);
  });

  it("narrows rows to vendors, weights and capability class", () => {
    const names = (f: Partial<MatrixFilters>) =>
      buildMatrixView(g7, filters(f)).rows.map((r) => r.name);
    expect(names({ vendorIds: ["openai", "cohere"] })).toEqual([
      "Command A",
      "GPT-4o",
      "GPT-4o mini",
    ]);
    expect(names({ weights: "OPEN", capability: "GENERAL" })).toEqual(["Qwen3", "Mixtral 8x22B"]);
    expect(names({ weights: "UNKNOWN" })).toEqual([]);
  });

  it("in a diff keeps both sides and, with changed only, just the rows and columns that change", () => {
    const diff = buildMatrixView(fvey, filters(), { before: g7 });
    expect(cellOf(diff, "GPT-4o", "JP", "before")).toBe("0");
    expect(cellOf(diff, "GPT-4o", "JP")).toBe("2");

    const changed = buildMatrixView(fvey, filters({ changedOnly: true }), { before: g7 });
    // G7 and Five Eyes differ in FR, DE, IT, JP (G7 only) and AU, NZ (Five Eyes only).
    expect(changed.columns.map((c) => c.code).sort()).toEqual(["AU", "DE", "FR", "IT", "JP", "NZ"]);
    expect(changed.rows.map((r) => r.name)).toEqual([
      "Claude 3.5 Sonnet",
      "Claude Opus 4",
      "GPT-4o",
    ]);
    expect(changed.before).toHaveLength(changed.outcomes.length);
    expect(changed.rowGroups.map((g) => [g.label, g.start, g.count])).toEqual([
      ["Anthropic", 0, 2],
      ["OpenAI", 2, 1],
    ]);
    // changedOnly is ignored without a "before" side.
    expect(buildMatrixView(fvey, filters({ changedOnly: true })).columns).toHaveLength(18);
  });
});
