import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BANDS } from "../bands";
import { CLAUSE_ASSESSMENTS, OUTCOMES } from "../types";
import * as W from "./weights";

// Prettier pads table columns; compare with runs of spaces collapsed.
const doc = readFileSync(path.join(__dirname, "../../../docs/risk-model.md"), "utf8").replace(
  / {2,}/g,
  " ",
);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** docs/risk-model.md must state the weights the code uses. */
describe("docs/risk-model.md is in step with the weights", () => {
  it.each(OUTCOMES)("likelihood row for %s", (outcome) => {
    expect(doc).toContain(
      `| ${outcome} | ${W.LIKELIHOOD_ACCESS_POINTS[outcome]} | ${W.LIKELIHOOD_UPCOMING_POINTS[outcome]} |`,
    );
  });

  it("impact rows", () => {
    expect(doc).toContain(`| Business criticality | ${W.IMPACT_CRITICALITY_POINTS.join(" | ")} |`);
    expect(doc).toContain(`| Data sensitivity | ${W.IMPACT_SENSITIVITY_POINTS.join(" | ")} |`);
    for (const tier of W.IMPACT_USER_TIERS)
      expect(doc).toContain(`| ≥ ${tier.minUsers.toLocaleString("en-US")} | ${tier.points} |`);
    expect(doc).toContain(`**No fallback: +${W.IMPACT_NO_FALLBACK_POINTS}**`);
    expect(doc).toContain(`**Vendor origin: +${W.LIKELIHOOD_SINGLE_ORIGIN_POINTS}**`);
  });

  it.each(Object.keys(W.CLAUSE_RESIDUAL_PERCENT) as (keyof typeof W.CLAUSE_RESIDUAL_PERCENT)[])(
    "clause row for %s",
    (type) => {
      const cells = CLAUSE_ASSESSMENTS.map((a) => signed(W.CLAUSE_RESIDUAL_PERCENT[type][a]));
      // Columns in the doc: ADEQUATE, WEAK, NOT_ASSESSED, MISSING.
      const ordered = ["ADEQUATE", "WEAK", "NOT_ASSESSED", "MISSING"].map(
        (a) => cells[CLAUSE_ASSESSMENTS.indexOf(a as (typeof CLAUSE_ASSESSMENTS)[number])],
      );
      expect(doc).toContain(`| ${type} | ${W.CLAUSE_LABELS[type]} | ${ordered.join(" | ")} |`);
    },
  );

  it("bounds and bands", () => {
    const { min, max } = W.RESIDUAL_ADJUSTMENT_BOUNDS_PERCENT;
    expect(doc).toContain(`**${min} % … ${signed(max)} %**`);
    for (const band of BANDS) expect(doc).toContain(`| ${band.id} | ${band.min}–${band.max} |`);
  });

  it("every ADEQUATE assessment is the lowest of its row (adding one never raises risk)", () => {
    for (const row of Object.values(W.CLAUSE_RESIDUAL_PERCENT)) {
      for (const assessment of CLAUSE_ASSESSMENTS)
        expect(row.ADEQUATE).toBeLessThanOrEqual(row[assessment]);
    }
  });

  it("percentOf rounds half away from zero", () => {
    expect([
      W.percentOf(10, 5),
      W.percentOf(10, -5),
      W.percentOf(20, -15),
      W.percentOf(8, 15),
      W.percentOf(8, -10),
    ]).toEqual([1, -1, -3, 1, -1]);
  });
});
