/**
 * Where a deployment's inference can run, per cloud provider, so a deployment's "reach" (every
 * jurisdiction its processing may touch) follows from its provider, region and processing scope.
 *
 * Routing facts this catalogue encodes (see shared domain facts; vendors' documentation):
 * - Azure OpenAI: "Standard" keeps processing in the resource's geography (REGIONAL); "Data Zone"
 *   keeps it within the EU or the US data zone (ZONE); "Global Standard" may run inference in any
 *   Azure location (GLOBAL).
 * - AWS Bedrock: cross-region inference profiles (US, EU, APAC, JP, AU) route between the regions
 *   of one profile (ZONE); the GLOBAL profile routes to any commercial region (GLOBAL).
 * - Google Vertex AI: regional endpoints keep processing in the region (REGIONAL); the "us" and
 *   "eu" multi-region endpoints keep it in that geography (ZONE); the global endpoint gives no
 *   location guarantee (GLOBAL).
 * - Oracle OCI Generative AI: served per region; no cross-region zone is catalogued here.
 * - VENDOR_API (the model vendor's own API): unless a region says otherwise, treated as US-hosted
 *   global routing, so GLOBAL reaches the US plus the chosen location.
 * - ON_PREM: our own datacentres; nothing routes elsewhere, so every scope reaches one country.
 *
 * Zones are simplified to country lists: the EU zone is the provider's regions in EU-27 member
 * states (the UK, Switzerland and Norway are outside it), the US zone its US regions. A region may
 * belong to several zones (AWS Tokyo: the JP and the APAC inference profiles); a ZONE deployment
 * there can use any of them, so its reach is every country of every zone of its region.
 */
import type { ProcessingScope } from "../domain/types";

/** `cloud`: a cloud a vendor runs (its contracts can cover deployments there). */
export const CLOUD_PROVIDERS = [
  { id: "AZURE", label: "Microsoft Azure", cloud: true },
  { id: "AWS", label: "Amazon Web Services", cloud: true },
  { id: "GCP", label: "Google Cloud", cloud: true },
  { id: "ORACLE", label: "Oracle Cloud Infrastructure", cloud: true },
  { id: "VENDOR_API", label: "Model vendor's own API", cloud: false },
  { id: "ON_PREM", label: "On-premises datacentre", cloud: false },
] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number]["id"];

export interface CloudRegion {
  id: string;
  label: string;
  /** ISO 3166-1 alpha-2 of the country the region sits in */
  country: string;
  /** data zones the region belongs to, most specific first; empty = none. A ZONE scope may use any. */
  zones: string[];
}

/** EU-27 member states: the membership of every provider's "EU" zone. */
// prettier-ignore
export const EU_MEMBER_STATES: readonly string[] = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
  "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

type RegionRow = [id: string, label: string, country: string];

const AZURE: RegionRow[] = [
  ["eastus", "East US", "US"],
  ["eastus2", "East US 2", "US"],
  ["centralus", "Central US", "US"],
  ["northcentralus", "North Central US", "US"],
  ["southcentralus", "South Central US", "US"],
  ["westus", "West US", "US"],
  ["westus3", "West US 3", "US"],
  ["canadacentral", "Canada Central", "CA"],
  ["canadaeast", "Canada East", "CA"],
  ["brazilsouth", "Brazil South", "BR"],
  ["mexicocentral", "Mexico Central", "MX"],
  ["chilecentral", "Chile Central", "CL"],
  ["northeurope", "North Europe (Ireland)", "IE"],
  ["westeurope", "West Europe (Netherlands)", "NL"],
  ["francecentral", "France Central", "FR"],
  ["germanywestcentral", "Germany West Central", "DE"],
  ["swedencentral", "Sweden Central", "SE"],
  ["italynorth", "Italy North", "IT"],
  ["spaincentral", "Spain Central", "ES"],
  ["polandcentral", "Poland Central", "PL"],
  ["uksouth", "UK South", "GB"],
  ["ukwest", "UK West", "GB"],
  ["switzerlandnorth", "Switzerland North", "CH"],
  ["norwayeast", "Norway East", "NO"],
  ["japaneast", "Japan East", "JP"],
  ["japanwest", "Japan West", "JP"],
  ["koreacentral", "Korea Central", "KR"],
  ["australiaeast", "Australia East", "AU"],
  ["newzealandnorth", "New Zealand North", "NZ"],
  ["centralindia", "Central India", "IN"],
  ["southindia", "South India", "IN"],
  ["southeastasia", "Southeast Asia (Singapore)", "SG"],
  ["eastasia", "East Asia (Hong Kong)", "HK"],
  ["indonesiacentral", "Indonesia Central", "ID"],
  ["uaenorth", "UAE North", "AE"],
  ["qatarcentral", "Qatar Central", "QA"],
  ["israelcentral", "Israel Central", "IL"],
  ["southafricanorth", "South Africa North", "ZA"],
];

const AWS: RegionRow[] = [
  ["us-east-1", "US East (N. Virginia)", "US"],
  ["us-east-2", "US East (Ohio)", "US"],
  ["us-west-1", "US West (N. California)", "US"],
  ["us-west-2", "US West (Oregon)", "US"],
  ["ca-central-1", "Canada (Central)", "CA"],
  ["ca-west-1", "Canada West (Calgary)", "CA"],
  ["mx-central-1", "Mexico (Central)", "MX"],
  ["sa-east-1", "South America (São Paulo)", "BR"],
  ["eu-west-1", "Europe (Ireland)", "IE"],
  ["eu-west-2", "Europe (London)", "GB"],
  ["eu-west-3", "Europe (Paris)", "FR"],
  ["eu-central-1", "Europe (Frankfurt)", "DE"],
  ["eu-central-2", "Europe (Zurich)", "CH"],
  ["eu-north-1", "Europe (Stockholm)", "SE"],
  ["eu-south-1", "Europe (Milan)", "IT"],
  ["eu-south-2", "Europe (Spain)", "ES"],
  ["il-central-1", "Israel (Tel Aviv)", "IL"],
  ["me-central-1", "Middle East (UAE)", "AE"],
  ["me-south-1", "Middle East (Bahrain)", "BH"],
  ["af-south-1", "Africa (Cape Town)", "ZA"],
  ["ap-northeast-1", "Asia Pacific (Tokyo)", "JP"],
  ["ap-northeast-3", "Asia Pacific (Osaka)", "JP"],
  ["ap-northeast-2", "Asia Pacific (Seoul)", "KR"],
  ["ap-east-1", "Asia Pacific (Hong Kong)", "HK"],
  ["ap-south-1", "Asia Pacific (Mumbai)", "IN"],
  ["ap-south-2", "Asia Pacific (Hyderabad)", "IN"],
  ["ap-southeast-1", "Asia Pacific (Singapore)", "SG"],
  ["ap-southeast-2", "Asia Pacific (Sydney)", "AU"],
  ["ap-southeast-4", "Asia Pacific (Melbourne)", "AU"],
  ["ap-southeast-3", "Asia Pacific (Jakarta)", "ID"],
  ["ap-southeast-5", "Asia Pacific (Malaysia)", "MY"],
  ["ap-southeast-7", "Asia Pacific (Thailand)", "TH"],
];

const GCP: RegionRow[] = [
  ["us-central1", "Iowa", "US"],
  ["us-east1", "South Carolina", "US"],
  ["us-east4", "Northern Virginia", "US"],
  ["us-east5", "Columbus", "US"],
  ["us-south1", "Dallas", "US"],
  ["us-west1", "Oregon", "US"],
  ["us-west4", "Las Vegas", "US"],
  ["northamerica-northeast1", "Montréal", "CA"],
  ["northamerica-northeast2", "Toronto", "CA"],
  ["northamerica-south1", "Querétaro", "MX"],
  ["southamerica-east1", "São Paulo", "BR"],
  ["southamerica-west1", "Santiago", "CL"],
  ["europe-west1", "Belgium", "BE"],
  ["europe-west2", "London", "GB"],
  ["europe-west3", "Frankfurt", "DE"],
  ["europe-west4", "Netherlands", "NL"],
  ["europe-west6", "Zurich", "CH"],
  ["europe-west8", "Milan", "IT"],
  ["europe-west9", "Paris", "FR"],
  ["europe-west10", "Berlin", "DE"],
  ["europe-southwest1", "Madrid", "ES"],
  ["europe-north1", "Finland", "FI"],
  ["europe-central2", "Warsaw", "PL"],
  ["me-central1", "Doha", "QA"],
  ["me-central2", "Dammam", "SA"],
  ["me-west1", "Tel Aviv", "IL"],
  ["africa-south1", "Johannesburg", "ZA"],
  ["asia-northeast1", "Tokyo", "JP"],
  ["asia-northeast3", "Seoul", "KR"],
  ["asia-east1", "Taiwan", "TW"],
  ["asia-east2", "Hong Kong", "HK"],
  ["asia-south1", "Mumbai", "IN"],
  ["asia-southeast1", "Singapore", "SG"],
  ["asia-southeast2", "Jakarta", "ID"],
  ["australia-southeast1", "Sydney", "AU"],
];

const ORACLE: RegionRow[] = [
  ["us-ashburn-1", "US East (Ashburn)", "US"],
  ["us-phoenix-1", "US West (Phoenix)", "US"],
  ["us-chicago-1", "US Midwest (Chicago)", "US"],
  ["ca-toronto-1", "Canada Southeast (Toronto)", "CA"],
  ["sa-saopaulo-1", "Brazil East (São Paulo)", "BR"],
  ["sa-santiago-1", "Chile Central (Santiago)", "CL"],
  ["sa-bogota-1", "Colombia Central (Bogotá)", "CO"],
  ["mx-queretaro-1", "Mexico Central (Querétaro)", "MX"],
  ["uk-london-1", "UK South (London)", "GB"],
  ["eu-frankfurt-1", "Germany Central (Frankfurt)", "DE"],
  ["eu-amsterdam-1", "Netherlands Northwest (Amsterdam)", "NL"],
  ["eu-paris-1", "France Central (Paris)", "FR"],
  ["eu-milan-1", "Italy Northwest (Milan)", "IT"],
  ["eu-madrid-1", "Spain Central (Madrid)", "ES"],
  ["eu-stockholm-1", "Sweden Central (Stockholm)", "SE"],
  ["eu-zurich-1", "Switzerland North (Zurich)", "CH"],
  ["me-dubai-1", "UAE East (Dubai)", "AE"],
  ["me-jeddah-1", "Saudi Arabia West (Jeddah)", "SA"],
  ["il-jerusalem-1", "Israel Central (Jerusalem)", "IL"],
  ["af-johannesburg-1", "South Africa Central (Johannesburg)", "ZA"],
  ["ap-tokyo-1", "Japan East (Tokyo)", "JP"],
  ["ap-seoul-1", "South Korea Central (Seoul)", "KR"],
  ["ap-mumbai-1", "India West (Mumbai)", "IN"],
  ["ap-singapore-1", "Singapore", "SG"],
  ["ap-sydney-1", "Australia East (Sydney)", "AU"],
];

const VENDOR_API: RegionRow[] = [
  ["vendor-us", "Vendor-hosted, United States", "US"],
  ["vendor-ca", "Vendor-hosted, Canada", "CA"],
  ["vendor-ie", "Vendor-hosted, Ireland (EU)", "IE"],
  ["vendor-fr", "Vendor-hosted, France (EU)", "FR"],
  ["vendor-de", "Vendor-hosted, Germany (EU)", "DE"],
  ["vendor-se", "Vendor-hosted, Sweden (EU)", "SE"],
  ["vendor-jp", "Vendor-hosted, Japan", "JP"],
  ["vendor-kr", "Vendor-hosted, South Korea", "KR"],
  ["vendor-sg", "Vendor-hosted, Singapore", "SG"],
  ["vendor-cn", "Vendor-hosted, mainland China", "CN"],
];

const ON_PREM: RegionRow[] = [
  ["onprem-nyc", "New Jersey datacentre", "US"],
  ["onprem-lon", "London datacentre", "GB"],
  ["onprem-fra", "Frankfurt datacentre", "DE"],
  ["onprem-ams", "Amsterdam datacentre", "NL"],
  ["onprem-war", "Warsaw datacentre", "PL"],
  ["onprem-zrh", "Zurich datacentre", "CH"],
  ["onprem-tyo", "Tokyo datacentre", "JP"],
  ["onprem-sgp", "Singapore datacentre", "SG"],
  ["onprem-bom", "Mumbai datacentre", "IN"],
  ["onprem-dxb", "Dubai datacentre", "AE"],
  ["onprem-sao", "São Paulo datacentre", "BR"],
  ["onprem-sha", "Shanghai subsidiary datacentre", "CN"],
  ["onprem-mow", "Moscow subsidiary datacentre", "RU"],
];

/** AWS Bedrock inference-profile geographies other than EU/US, by region id. */
const AWS_PROFILES: Record<string, string[]> = {
  "ap-northeast-1": ["JP", "APAC"],
  "ap-northeast-3": ["JP", "APAC"],
  "ap-southeast-2": ["AU", "APAC"],
  "ap-southeast-4": ["AU", "APAC"],
  "ap-northeast-2": ["APAC"],
  "ap-south-1": ["APAC"],
  "ap-south-2": ["APAC"],
  "ap-southeast-1": ["APAC"],
  "ap-southeast-3": ["APAC"],
  "ap-southeast-5": ["APAC"],
  "ap-southeast-7": ["APAC"],
  // ap-east-1 (Hong Kong) is not in Bedrock's region list, so it belongs to no inference profile.
};

/** Providers whose offerings keep processing inside an EU or US data zone. */
const EU_US_ZONES = new Set<CloudProvider>(["AZURE", "AWS", "GCP", "VENDOR_API"]);

function build(provider: CloudProvider, rows: RegionRow[]): CloudRegion[] {
  return rows.map(([id, label, country]) => {
    const zones: string[] = [];
    if (EU_US_ZONES.has(provider)) {
      if (EU_MEMBER_STATES.includes(country)) zones.push("EU");
      if (country === "US") zones.push("US");
    }
    if (provider === "AWS") zones.push(...(AWS_PROFILES[id] ?? []));
    return { id, label, country, zones };
  });
}

const CATALOGUE: Record<CloudProvider, CloudRegion[]> = {
  AZURE: build("AZURE", AZURE),
  AWS: build("AWS", AWS),
  GCP: build("GCP", GCP),
  ORACLE: build("ORACLE", ORACLE),
  VENDOR_API: build("VENDOR_API", VENDOR_API),
  ON_PREM: build("ON_PREM", ON_PREM),
};

export function isCloudProvider(value: string): value is CloudProvider {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, value);
}

export function regionsOf(provider: string): CloudRegion[] {
  if (!isCloudProvider(provider)) {
    throw new Error(
      `Unknown cloud provider "${provider}" (expected one of ${CLOUD_PROVIDERS.map((p) => p.id).join(", ")})`,
    );
  }
  return CATALOGUE[provider];
}

/** undefined for an unknown provider or region (validation can report either). */
export function findRegion(provider: string, regionId: string): CloudRegion | undefined {
  if (!isCloudProvider(provider)) return undefined;
  return CATALOGUE[provider].find((r) => r.id === regionId);
}

function requireRegion(provider: string, regionId: string): CloudRegion {
  const region = regionsOf(provider).find((r) => r.id === regionId);
  if (!region) throw new Error(`Unknown region "${regionId}" for cloud provider ${provider}`);
  return region;
}

/** Whether the provider offers this scope in this region (ZONE needs the region to be in a zone). */
export function supportsScope(provider: string, regionId: string, scope: ProcessingScope): boolean {
  const region = findRegion(provider, regionId);
  if (!region) return false;
  return scope !== "ZONE" || provider === "ON_PREM" || region.zones.length > 0;
}

const sortedUnique = (codes: Iterable<string>): string[] => [...new Set(codes)].sort();

/**
 * Every country (alpha-2, sorted, unique) the deployment's processing can reach. Throws on an
 * unknown provider or region, and on ZONE in a region that belongs to no data zone.
 */
export function computeReach(provider: string, regionId: string, scope: ProcessingScope): string[] {
  const region = requireRegion(provider, regionId);
  if (provider === "ON_PREM" || scope === "REGIONAL") return [region.country];
  const regions = regionsOf(provider);
  if (scope === "GLOBAL") {
    if (provider === "VENDOR_API") return sortedUnique(["US", region.country]);
    return sortedUnique(regions.map((r) => r.country));
  }
  if (region.zones.length === 0) {
    throw new Error(
      `Region "${regionId}" of ${provider} belongs to no data zone; use REGIONAL or GLOBAL`,
    );
  }
  return sortedUnique(
    regions.filter((r) => r.zones.some((z) => region.zones.includes(z))).map((r) => r.country),
  );
}

const ZONE_NAMES: Record<string, string> = {
  EU: "EU data zone",
  US: "US data zone",
  JP: "Japan inference profile",
  AU: "Australia inference profile",
  APAC: "APAC inference profile",
};

/** Names of the processing zones a region's ZONE scope may use (every one it belongs to). */
export function zoneNamesOf(provider: string, regionId: string): string[] {
  const region = findRegion(provider, regionId);
  return (region?.zones ?? []).map((z) => ZONE_NAMES[z] ?? `${z} zone`);
}

/** "Microsoft Azure" for "AZURE"; an unknown provider is shown as given. */
export function providerName(provider: string): string {
  return CLOUD_PROVIDERS.find((p) => p.id === provider)?.label ?? provider;
}

/**
 * Where a deployment runs, in words: "Microsoft Azure · Japan East" (the catalogue's names; an
 * unknown region is shown by its id so nothing is hidden).
 */
export function locationName(provider: string, regionId: string): string {
  return `${providerName(provider)} · ${findRegion(provider, regionId)?.label ?? regionId}`;
}

/** Processing scopes in words, as the form offers them and the pages show them. */
export const SCOPE_NAMES: Record<ProcessingScope, string> = {
  REGIONAL: "Regional (stays in the region's country)",
  ZONE: "Data zone",
  GLOBAL: "Global routing",
};

export function scopeName(scope: string): string {
  return Object.prototype.hasOwnProperty.call(SCOPE_NAMES, scope)
    ? SCOPE_NAMES[scope as ProcessingScope]
    : scope;
}
