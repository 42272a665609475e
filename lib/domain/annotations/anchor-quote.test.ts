import { describe, expect, it } from "vitest";
import { anchorQuote, describeQuote } from "./anchor-quote";

const CLAUSE =
  "The Provider shall notify the Customer of any change in export rules. " +
  "The Customer may terminate without penalty on 30 days' notice. " +
  "The Provider shall notify the Customer of any suspension for legal reasons.";

function select(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  return describeQuote(text, start, start + quote.length);
}
const at = (text: string, a: { start: number; end: number } | null) =>
  a && text.slice(a.start, a.end);

describe("describeQuote", () => {
  it("keeps the quote with up to 32 characters either side and trims whitespace", () => {
    const sel = describeQuote(CLAUSE, 69, 120);
    expect(sel.exact.startsWith("The Customer may")).toBe(true);
    expect(sel.prefix).toHaveLength(32);
    expect(sel.suffix).toHaveLength(32);
    expect(CLAUSE.slice(sel.start, sel.end)).toBe(sel.exact);
  });
});

describe("anchorQuote", () => {
  it("finds the quote unchanged where it was", () => {
    const sel = select(CLAUSE, "terminate without penalty");
    expect(anchorQuote(CLAUSE, sel)).toEqual({ start: sel.start, end: sel.end });
  });

  it("follows text that moved", () => {
    const sel = select(CLAUSE, "terminate without penalty");
    const edited = "Definitions apply throughout. " + CLAUSE.split(". ").reverse().join(". ");
    const a = anchorQuote(edited, sel);
    expect(at(edited, a)).toBe("terminate without penalty");
    expect(a!.start).not.toBe(sel.start);
  });

  it("tells a repeated phrase apart by its surrounding text, even after it moved", () => {
    const second = select(CLAUSE, "The Provider shall notify the Customer", 1);
    const first = select(CLAUSE, "The Provider shall notify the Customer", 0);
    const edited = "Preamble added here. " + CLAUSE;
    const a2 = anchorQuote(edited, second)!;
    const a1 = anchorQuote(edited, first)!;
    expect(edited.slice(a2.end, a2.end + 20)).toBe(" of any suspension f");
    expect(edited.slice(a1.end, a1.end + 20)).toBe(" of any change in ex");
    // reordered: the following words win over the old position
    const swapped =
      "Scope. The Provider shall notify the Customer of any suspension for legal reasons. " +
      "Notices are in writing. The Provider shall notify the Customer of any change in export rules.";
    expect(anchorQuote(swapped, second)!.start).toBe(7);
    expect(anchorQuote(swapped, first)!.start).toBeGreaterThan(100);
  });

  it("re-anchors a lightly edited quote approximately", () => {
    const sel = select(CLAUSE, "The Customer may terminate without penalty on 30 days' notice");
    const edited = CLAUSE.replace("30 days' notice", "60 days' notice");
    expect(at(edited, anchorQuote(edited, sel))).toBe(
      "The Customer may terminate without penalty on 60 days' notice",
    );
  });

  it("detaches when the quoted text was deleted", () => {
    const sel = select(CLAUSE, "The Customer may terminate without penalty on 30 days' notice.");
    const edited = CLAUSE.replace(sel.exact, "").replace(/\s+/g, " ");
    expect(anchorQuote(edited, sel)).toBeNull();
  });

  it("detaches rather than pinning the note to different words", () => {
    const sel = select(CLAUSE, "terminate without penalty");
    expect(anchorQuote(CLAUSE.replace("terminate without penalty", "suspend service"), sel)).toBe(
      null,
    );
    expect(anchorQuote("", sel)).toBeNull();
  });
});
