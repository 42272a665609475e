import { describe, expect, it } from "vitest";
import { findUncleanInput } from "./clean-input";

describe("findUncleanInput", () => {
  it("names the field holding a NUL character", () => {
    expect(findUncleanInput({ name: "ok", notes: "a\u0000b" })).toEqual({
      path: "notes",
      message: "Remove the NUL character (it cannot be stored).",
    });
  });

  it("finds a lone surrogate deep in arrays and objects", () => {
    const found = findUncleanInput({ rules: [{ name: "x" }, { name: "bad\uD800" }] });
    expect(found?.path).toBe("rules.1.name");
  });

  it("accepts real astral characters and ordinary text", () => {
    expect(findUncleanInput({ name: "Ünïcode 😀 漢字", n: 3, d: null })).toBeNull();
  });

  it("refuses a key with a NUL in it", () => {
    expect(findUncleanInput({ "a\u0000": 1 })?.message).toMatch(/NUL/);
  });
});
