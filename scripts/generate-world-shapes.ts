/**
 * Writes components/charts/world-shapes.json, the overview map's projected country outlines
 * (lib/reference/world-geometry.ts). Run after upgrading world-atlas or changing the projection:
 *   npx tsx scripts/generate-world-shapes.ts
 */
import fs from "node:fs";
import path from "node:path";
import { WORLD_SHAPES_FILE, worldShapesJson } from "../lib/reference/world-geometry";

fs.writeFileSync(path.join(__dirname, "..", WORLD_SHAPES_FILE), worldShapesJson());
console.log(`Wrote ${WORLD_SHAPES_FILE}`);
