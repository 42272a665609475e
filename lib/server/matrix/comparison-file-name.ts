import type { Comparison } from "./load-comparison";

/** A file name from the two scenario names, safe in a Content-Disposition header. */
export function comparisonFileName(comparison: Comparison): string {
  const slug = (name: string) =>
    name
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .replace(/[\s_]+/g, "-")
      .toLowerCase()
      .slice(0, 40) || "scenario";
  return `compare-${slug(comparison.before.name)}-vs-${slug(comparison.after.name)}.csv`;
}
