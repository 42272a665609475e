import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WORLD_SHAPES_FILE, worldShapes, worldShapesJson } from "./world-geometry";

describe("the world map's outlines", () => {
  it("are the ones the generator projects (run scripts/generate-world-shapes.ts if not)", () => {
    const stored = fs.readFileSync(path.join(__dirname, "..", "..", WORLD_SHAPES_FILE), "utf8");
    expect(stored).toBe(worldShapesJson());
  });

  it("name the countries by alpha-2 code, with every G7 country drawable", () => {
    const codes = new Set(worldShapes().map((s) => s.code));
    for (const code of ["US", "CA", "GB", "FR", "DE", "IT", "JP"]) expect(codes).toContain(code);
    expect(worldShapes().every((s) => s.code === "" || /^[A-Z]{2}$/.test(s.code))).toBe(true);
  });
});
