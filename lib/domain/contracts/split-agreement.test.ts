import { describe, expect, it } from "vitest";
import { splitAgreement, suggestClauseType } from "./split-agreement";

const AGREEMENT = `MASTER SERVICES AGREEMENT
between Acme Models Inc. and Example Bank plc.

1. Definitions
Terms in capitals have the meaning given here. The fee is 1.5 million euros
per year.

2. Export control. The Customer shall comply with all applicable export control laws
and shall not re-export the Services.

Section 4.2 Data residency
Customer Data is stored in the European Union.
(a) The Provider processes Customer Data only in the EEA.
(b) Sub-processors are listed in Annex 2.

4.3 Suspension
The Provider may suspend the Services where required by law.

Article 9 Governing law
This Agreement is governed by the laws of Ireland.`;

describe("splitAgreement", () => {
  const { preamble, clauses } = splitAgreement(AGREEMENT);

  it("keeps what precedes the first heading as the preamble", () => {
    expect(preamble).toBe(
      "MASTER SERVICES AGREEMENT between Acme Models Inc. and Example Bank plc.",
    );
  });

  it("splits at numbered, 'Section'/'Article' and lettered headings", () => {
    expect(clauses.map((c) => c.heading)).toEqual([
      "1 Definitions",
      "2 Export control",
      "Section 4.2 Data residency",
      "4.2(a)",
      "4.2(b)",
      "4.3 Suspension",
      "Article 9 Governing law",
    ]);
    expect(clauses[0].text).toBe(
      "Terms in capitals have the meaning given here. The fee is 1.5 million euros per year.",
    );
    expect(clauses[1].text).toMatch(/^The Customer shall comply .* re-export the Services\.$/);
    expect(clauses[3].text).toBe("The Provider processes Customer Data only in the EEA.");
  });

  it("suggests a type from the heading and the text", () => {
    expect(clauses.map((c) => c.suggestedType)).toEqual([
      null,
      "EXPORT_CONTROL",
      "DATA_RESIDENCY",
      "DATA_RESIDENCY",
      "SUBPROCESSOR_LOCATIONS",
      "SUSPENSION_FOR_LEGAL_REASONS",
      "GOVERNING_LAW",
    ]);
    expect(suggestClauseType("Audit", "The Customer may inspect records.")).toBe("AUDIT_RIGHTS");
  });

  it("returns no clauses for text without headings", () => {
    expect(splitAgreement("Just a letter.\nNo numbering at all.").clauses).toEqual([]);
  });
});
