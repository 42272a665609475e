import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import countries from "world-countries";

import { MAP_HEIGHT, MAP_WIDTH } from "./world-map-size";

export interface CountryShape {
  /** ISO 3166-1 alpha-2 */
  code: string;
  name: string;
  path: string;
}

const alpha2ByNumeric = new Map(countries.map((c) => [c.ccn3, c.cca2]));
let shapes: CountryShape[] | null = null;

/**
 * The map's country outlines, projected ahead of time into components/charts/world-shapes.json so
 * the browser gets them once as a cached script, never again with every page or scenario switch
 * (`npx tsx scripts/generate-world-shapes.ts` writes it; world-geometry.test.ts keeps it in step).
 *
 * Country outlines from world-atlas (Natural Earth 1:110m, shipped in node_modules: no network),
 * projected once per process with d3-geo's Equal Earth projection into a 960 × 470 SVG box.
 * world-atlas names countries by ISO numeric code; world-countries maps those to alpha-2. Shapes
 * without a code (disputed areas) are drawn as land without data.
 */
export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);
  shapes = collection.features.flatMap((f) => {
    const d = path(f);
    if (!d) return [];
    const code =
      f.id === undefined ? "" : (alpha2ByNumeric.get(String(f.id).padStart(3, "0")) ?? "");
    return [{ code, name: f.properties?.name ?? "", path: d }];
  });
  return shapes;
}

/** Where the projected outlines are kept, from the repository root. */
export const WORLD_SHAPES_FILE = "components/charts/world-shapes.json";

/** The file's content: [alpha-2 code or "", SVG path] per shape, one shape per line. */
export function worldShapesJson(): string {
  const lines = worldShapes().map((s) => JSON.stringify([s.code, s.path]));
  return `[\n${lines.join(",\n")}\n]\n`;
}
