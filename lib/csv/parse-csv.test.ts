import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./parse-csv";

describe("parseCsv", () => {
  it("drops a UTF-8 byte-order mark so the first column keeps its name", () => {
    const parsed = parseCsv("\uFEFFname,status\r\nAcme,ACTIVE\r\n");
    expect(parsed.headers).toEqual(["name", "status"]);
    expect(parsed.rows).toEqual([{ name: "Acme", status: "ACTIVE" }]);
  });

  it("detects semicolons and tabs as delimiters", () => {
    expect(parseCsv("name;status\nAcme;ACTIVE\n").rows[0]).toEqual({
      name: "Acme",
      status: "ACTIVE",
    });
    expect(parseCsv("name\tstatus\nAcme\tACTIVE\n").delimiter).toBe("\t");
  });

  it("keeps quoted delimiters and skips blank lines", () => {
    const parsed = parseCsv('name,notes\n"Acme, Inc.","a ""quoted"" note"\n\n');
    expect(parsed.rows).toEqual([{ name: "Acme, Inc.", notes: 'a "quoted" note' }]);
  });

  it("fills missing trailing cells with empty strings", () => {
    expect(parseCsv("a,b,c\n1,2\n").rows[0]).toEqual({ a: "1", b: "2", c: "" });
  });

  it("round-trips through toCsv", () => {
    const text = toCsv(["name", "notes"], [["Acme, Inc.", 'say "hi"']]);
    expect(parseCsv(text).rows).toEqual([{ name: "Acme, Inc.", notes: 'say "hi"' }]);
  });
});
