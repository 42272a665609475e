import { describe, expect, it } from "vitest";
import { countOf } from "./format";

describe("countOf", () => {
  it("puts the noun in the singular for one and the plural otherwise", () => {
    expect(countOf(1, "model")).toBe("1 model");
    expect(countOf(0, "deployment")).toBe("0 deployments");
    expect(countOf(9012, "deployment")).toBe("9,012 deployments");
    expect(countOf(2, "country", "countries")).toBe("2 countries");
  });
});
