import { describe, expect, it } from "vitest";
import { bandOf } from "../bands";
import { DEFAULT_METHODOLOGY, methodologyProblems, type Methodology } from "./methodology";

describe("DEFAULT_METHODOLOGY", () => {
  it("is usable and names its version", () => {
    expect(methodologyProblems(DEFAULT_METHODOLOGY)).toEqual([]);
    expect(DEFAULT_METHODOLOGY).toMatchObject({ id: "tierscope-default", version: 2 });
  });

  it("bands every grid cell as the 1–25 score bands do", () => {
    DEFAULT_METHODOLOGY.grid.forEach((row, l) =>
      row.forEach((band, i) => expect(band).toBe(bandOf((l + 1) * (i + 1)))),
    );
  });

  it("reports a grid that gets better as risk rises, and an ADEQUATE clause worse than MISSING", () => {
    const grid = DEFAULT_METHODOLOGY.grid.map((row) => [...row]);
    grid[4][4] = "LOW";
    const broken: Methodology = {
      ...DEFAULT_METHODOLOGY,
      grid,
      controls: {
        ...DEFAULT_METHODOLOGY.controls,
        clauses: {
          ...DEFAULT_METHODOLOGY.controls.clauses,
          AUDIT_RIGHTS: {
            ADEQUATE: { likelihood: 1, impact: 0 },
            WEAK: { likelihood: 0, impact: 0 },
            NOT_ASSESSED: { likelihood: 0, impact: 0 },
            MISSING: { likelihood: 0, impact: 0 },
          },
        },
      },
    };
    const problems = methodologyProblems(broken);
    expect(problems).toContain(
      "Cell likelihood 5 × impact 5 is a lower band than a cell below it.",
    );
    expect(problems.some((p) => p.startsWith("Audit rights: ADEQUATE"))).toBe(true);
  });
});
