import { describe, expect, it } from "vitest";
import { diffRecords, formatValue, truncate } from "./diff";

describe("diffRecords", () => {
  it("lists only the changed fields, old → new", () => {
    expect(
      diffRecords(
        { name: "Acme", status: "ACTIVE", hqCode: "US", version: 1 },
        { name: "Acme", status: "UNDER_REVIEW", hqCode: "US", version: 2 },
      ),
    ).toEqual([{ kind: "value", field: "status", from: "ACTIVE", to: "UNDER_REVIEW" }]);
  });

  it("shows a created row as every set field from nothing", () => {
    expect(diffRecords(null, { name: "Acme", website: null, users: 12 })).toEqual([
      { kind: "value", field: "name", from: null, to: "Acme" },
      { kind: "value", field: "users", from: null, to: "12" },
    ]);
  });

  it("shows arrays as items added and removed", () => {
    expect(diffRecords({ countries: ["CN", "RU"] }, { countries: ["RU", "IR", "KP"] })).toEqual([
      { kind: "list", field: "countries", added: ["IR", "KP"], removed: ["CN"] },
    ]);
  });

  it("leaves out bookkeeping fields and secrets", () => {
    expect(
      diffRecords(
        { updatedAt: "2026-01-01", passwordHash: "a" },
        { updatedAt: "2026-02-01", passwordHash: "b" },
      ),
    ).toEqual([]);
  });

  it("treats an empty string and null as the same", () => {
    expect(diffRecords({ notes: "" }, { notes: null })).toEqual([]);
  });

  it("formats nested objects as JSON", () => {
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe("truncate", () => {
  it("keeps short text whole", () => {
    expect(truncate("short", 10)).toEqual({ head: "short", rest: "" });
  });

  it("cuts long text at a word boundary", () => {
    const { head, rest } = truncate("the quick brown fox jumps over the lazy dog", 20);
    expect(head).toBe("the quick brown fox");
    expect(head + rest).toBe("the quick brown fox jumps over the lazy dog");
  });
});
