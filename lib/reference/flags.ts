import "server-only";
import countries from "world-countries";

/** Flag emoji by alpha-2 code, from the same world-countries data the seed's jurisdictions come from. */
const FLAGS: ReadonlyMap<string, string> = new Map(countries.map((c) => [c.cca2, c.flag]));

export function flagOf(code: string): string {
  return FLAGS.get(code) ?? "";
}
