import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BANDS } from "../bands";
import { MODEL_SERVICES, OFFERINGS_CHECKED_ON } from "../alternatives/model-offerings";
import { DEFAULT_METHODOLOGY } from "../methodology/methodology";
import { CLAUSE_ASSESSMENTS, CLAUSE_TYPES, OUTCOMES } from "../types";
import * as W from "./weights";

// Prettier pads table columns; compare with runs of spaces collapsed, and codes without the
// backticks that set them as code on the help page.
const doc = readFileSync(path.join(__dirname, "../../../docs/risk-model.md"), "utf8")
  .replace(/ {2,}/g, " ")
  .replace(/`([A-Z][A-Z0-9_]*)`/g, "$1");
const numbered = (labels: readonly string[]) => labels.map((l, i) => `${i + 1} ${l}`).join(", ");

/** docs/risk-model.md must state the weights the code uses. */
describe("docs/risk-model.md is in step with the default methodology", () => {
  it("names the methodology and version", () => {
    expect(doc).toContain(
      `id \`${DEFAULT_METHODOLOGY.id}\`, version ${DEFAULT_METHODOLOGY.version}`,
    );
  });

  it("scale labels", () => {
    expect(doc).toContain(`likelihood: ${numbered(W.LIKELIHOOD_LABELS)}`);
    expect(doc).toContain(`impact: ${numbered(W.IMPACT_LABELS)}`);
  });

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
    expect(doc).toContain(`**Model dependence: +${W.IMPACT_MODEL_DEPENDENCE_POINTS}**`);
    expect(doc).toContain(`**Origin dependence: +${W.LIKELIHOOD_ORIGIN_DEPENDENCE_POINTS}**`);
  });

  it.each(CLAUSE_TYPES)("clause row for %s", (type) => {
    // Columns in the doc: ADEQUATE, WEAK, NOT_ASSESSED, MISSING.
    const cells = (["ADEQUATE", "WEAK", "NOT_ASSESSED", "MISSING"] as const).map((a) =>
      W.stepsText(W.CLAUSE_CONTROL_STEPS[type][a]),
    );
    expect(doc).toContain(`| ${type} | ${W.CLAUSE_LABELS[type]} | ${cells.join(" | ")} |`);
  });

  it("other controls, the reduction bound, floors, bands and appetite", () => {
    expect(doc).toContain(`**Fallback: ${W.stepsText(W.FALLBACK_CONTROL_STEPS)}**`);
    expect(doc).toContain(`**Licence held: ${W.stepsText(W.LICENCE_CONTROL_STEPS)}**`);
    const { likelihood, impact } = W.MAX_CONTROL_REDUCTION;
    expect(doc).toContain(`**L −${likelihood}, I −${impact}**`);
    for (const [outcome, band] of Object.entries(W.ACCESS_BAND_FLOOR))
      expect(doc).toMatch(new RegExp(`\\| ${outcome}(, unlicensed)? \\| ${band} \\|`));
    for (const band of BANDS) expect(doc).toContain(`| ${band.id} | ${band.min}–${band.max} |`);
    expect(doc).toContain(`**Risk appetite: ${W.RISK_APPETITE}.**`);
  });

  it("names every model service the alternatives catalogue knows, and when it was checked", () => {
    const text = doc.replace(/\s+/g, " ");
    for (const s of MODEL_SERVICES.filter((s) => s.provider !== "VENDOR_API"))
      expect(text).toContain(s.service);
    expect(text).toContain(`(checked ${OFFERINGS_CHECKED_ON})`);
  });

  it("describes the in-app editor: versions, preview, re-apply, JSON import and export", () => {
    for (const words of [
      "/admin/methodology",
      "**Live preview**",
      "**Versions**",
      "**Re-apply**",
      "**Import and export**",
      "**risk appetite**",
    ])
      expect(doc).toContain(words);
  });

  it("every ADEQUATE assessment is the lowest of its row (adding one never raises risk)", () => {
    for (const row of Object.values(W.CLAUSE_CONTROL_STEPS)) {
      for (const assessment of CLAUSE_ASSESSMENTS) {
        expect(row.ADEQUATE.likelihood).toBeLessThanOrEqual(row[assessment].likelihood);
        expect(row.ADEQUATE.impact).toBeLessThanOrEqual(row[assessment].impact);
      }
    }
  });

  it("stepsText writes steps as the document does", () => {
    expect(
      [
        { likelihood: -1, impact: 0 },
        { likelihood: 0, impact: -1 },
        { likelihood: 1, impact: -2 },
        { likelihood: 0, impact: 0 },
      ].map(W.stepsText),
    ).toEqual(["L −1", "I −1", "L +1, I −2", "0"]);
  });
});
