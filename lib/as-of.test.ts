import { describe, expect, it } from "vitest";
import { parseAsOf } from "./as-of";

describe("parseAsOf", () => {
  it("takes real calendar dates only", () => {
    expect(parseAsOf("2027-01-15")).toBe("2027-01-15");
    expect(parseAsOf("2027-02-30")).toBeNull();
    expect(parseAsOf("15/01/2027")).toBeNull();
    expect(parseAsOf(["2027-01-15"])).toBeNull();
    expect(parseAsOf(undefined)).toBeNull();
  });
});
