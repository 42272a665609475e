import countries from "world-countries";

export interface JurisdictionRow {
  code: string;
  alpha3: string;
  numericCode: string | null;
  name: string;
  region: string;
  subRegion: string | null;
}

/** Every country and territory with an ISO 3166-1 code, from the maintained `world-countries` package. */
export function allJurisdictions(): JurisdictionRow[] {
  return countries
    .map((c) => ({
      code: c.cca2,
      alpha3: c.cca3,
      numericCode: c.ccn3 || null,
      name: c.name.common,
      region: c.region,
      subRegion: c.subregion || null,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
