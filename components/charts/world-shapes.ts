import shapes from "./world-shapes.json";

/**
 * The map's outlines: [alpha-2 code or "", SVG path] per shape, projected ahead of time
 * (lib/reference/world-geometry.ts), so the browser gets them once, in a script it caches.
 */
export const SHAPES = shapes as [string, string][];

/** Codes the map can draw (the rest appear in the table only). */
export const DRAWABLE_CODES: ReadonlySet<string> = new Set(SHAPES.map(([code]) => code));
