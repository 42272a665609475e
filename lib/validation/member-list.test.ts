import { describe, expect, it } from "vitest";
import { parseMemberList } from "./member-list";

describe("member list files", () => {
  it("reads JSON codes and objects, and CSV with optional dates", () => {
    expect(parseMemberList('["cn", {"code": "MM", "validFrom": "2027-01-15"}]')).toEqual([
      { code: "CN", validFrom: null, validTo: null },
      { code: "MM", validFrom: "2027-01-15", validTo: null },
    ]);
    expect(parseMemberList("country,validFrom,validTo\nCN,,\nKH,2021-12-09,2026-02-03\n")).toEqual([
      { code: "CN", validFrom: null, validTo: null },
      { code: "KH", validFrom: "2021-12-09", validTo: "2026-02-03" },
    ]);
  });

  it("names each bad line in plain words", () => {
    expect(() => parseMemberList("code\nCN\nChina\nCN\n")).toThrow(
      /Line 3: Country codes are two letters[\s\S]*Line 4: CN is listed twice/,
    );
    expect(() => parseMemberList('[{"code": "CN", "validTo": "2020-13-01"}]')).toThrow(/Entry 1/);
    expect(() => parseMemberList("name\nChina")).toThrow(/"code" column/);
    expect(() => parseMemberList("[1,")).toThrow(/cannot be read as JSON/);
  });
});
