import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { defuseFormula } from "./defuse-formula";

describe("defuseFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")\nx'])(
    "prefixes %j so a spreadsheet shows it as text",
    (value) => expect(defuseFormula(value)).toBe(`'${value}`),
  );

  it("leaves ordinary text and non-strings alone", () => {
    expect(defuseFormula("Acme = good")).toBe("Acme = good");
    expect(defuseFormula(-3)).toBe(-3);
    expect(defuseFormula(null)).toBe(null);
  });

  it("survives a CSV round trip as the prefixed text", () => {
    const csv = Papa.unparse([[defuseFormula('=HYPERLINK("http://x")\nx')]]);
    expect(Papa.parse<string[]>(csv).data[0][0]).toBe('\'=HYPERLINK("http://x")\nx');
  });
});
