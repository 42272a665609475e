import { describe, it, expect } from "vitest";
import {
  CLOUD_PROVIDERS,
  EU_MEMBER_STATES,
  computeReach,
  zoneNamesOf,
  findRegion,
  regionsOf,
  supportsScope,
} from "./cloud-regions";

describe("cloud region catalogue", () => {
  it("lists regions for every provider with unique ids and alpha-2 countries", () => {
    for (const { id } of CLOUD_PROVIDERS) {
      const regions = regionsOf(id);
      expect(regions.length).toBeGreaterThan(0);
      expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
      for (const r of regions) expect(r.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  it("covers the hyperscalers broadly", () => {
    for (const provider of ["AZURE", "AWS", "GCP", "ORACLE"]) {
      expect(regionsOf(provider).length).toBeGreaterThanOrEqual(15);
    }
  });

  it("finds a region by provider and id", () => {
    expect(findRegion("AZURE", "swedencentral")?.country).toBe("SE");
    expect(findRegion("AWS", "eu-central-1")?.country).toBe("DE");
    expect(findRegion("AZURE", "eu-central-1")).toBeUndefined();
    expect(findRegion("IBM", "us-south")).toBeUndefined();
    expect(() => regionsOf("IBM")).toThrow(/Unknown cloud provider/);
  });
});

describe("computeReach", () => {
  it("REGIONAL reaches exactly the region's country", () => {
    expect(computeReach("AZURE", "swedencentral", "REGIONAL")).toEqual(["SE"]);
    expect(computeReach("GCP", "asia-northeast1", "REGIONAL")).toEqual(["JP"]);
  });

  it("an Azure Sweden Central data-zone deployment reaches only EU countries", () => {
    const reach = computeReach("AZURE", "swedencentral", "ZONE");
    expect(reach).toContain("SE");
    expect(reach).toContain("DE");
    expect(reach).toContain("IE");
    for (const code of reach) expect(EU_MEMBER_STATES).toContain(code);
    expect(reach).not.toContain("GB");
    expect(reach).not.toContain("CH");
    expect(reach).not.toContain("US");
  });

  it("a US data zone stays in the US", () => {
    expect(computeReach("AZURE", "eastus2", "ZONE")).toEqual(["US"]);
    expect(computeReach("AWS", "us-west-2", "ZONE")).toEqual(["US"]);
  });

  it("a region in several zones reaches every one: AWS Tokyo's JP and APAC inference profiles", () => {
    expect(findRegion("AWS", "ap-northeast-1")?.zones).toEqual(["JP", "APAC"]);
    const tokyo = computeReach("AWS", "ap-northeast-1", "ZONE");
    expect(tokyo).toEqual(expect.arrayContaining(["AU", "IN", "JP", "KR", "SG"]));
    expect(tokyo).not.toContain("US");
    expect(computeReach("AWS", "ap-southeast-1", "ZONE")).toEqual(tokyo);
  });

  it("AWS Hong Kong is in no Bedrock inference profile, so APAC zones do not reach it", () => {
    expect(supportsScope("AWS", "ap-east-1", "ZONE")).toBe(false);
    expect(computeReach("AWS", "ap-northeast-1", "ZONE")).not.toContain("HK");
  });

  it("a global deployment reaches the Hong Kong regions of Azure, AWS and GCP", () => {
    expect(findRegion("AZURE", "eastasia")?.country).toBe("HK");
    expect(findRegion("AWS", "ap-east-1")?.country).toBe("HK");
    expect(findRegion("GCP", "asia-east2")?.country).toBe("HK");
    for (const [provider, region] of [
      ["AZURE", "swedencentral"],
      ["AWS", "us-east-1"],
      ["GCP", "europe-west3"],
    ] as const) {
      expect(computeReach(provider, region, "GLOBAL"), provider).toContain("HK");
    }
  });

  it("GLOBAL reaches every country where the provider has a region, including the US and JP", () => {
    const reach = computeReach("AZURE", "swedencentral", "GLOBAL");
    expect(reach).toEqual(expect.arrayContaining(["US", "JP", "SE", "BR"]));
    expect(reach).toEqual([...new Set(regionsOf("AZURE").map((r) => r.country))].sort());
  });

  it("the vendor's own API routes through the US when global", () => {
    expect(computeReach("VENDOR_API", "vendor-fr", "GLOBAL")).toEqual(["FR", "US"]);
    expect(computeReach("VENDOR_API", "vendor-us", "GLOBAL")).toEqual(["US"]);
  });

  it("on-premises never leaves the datacentre's country, whatever the scope", () => {
    for (const scope of ["REGIONAL", "ZONE", "GLOBAL"] as const) {
      expect(computeReach("ON_PREM", "onprem-fra", scope)).toEqual(["DE"]);
    }
  });

  it("is sorted, de-duplicated and deterministic", () => {
    const a = computeReach("GCP", "europe-west3", "GLOBAL");
    expect(a).toEqual([...new Set(a)].sort());
    expect(computeReach("GCP", "europe-west3", "GLOBAL")).toEqual(a);
  });

  it("throws a clear error for an unknown region or provider", () => {
    expect(() => computeReach("AZURE", "mars-north", "REGIONAL")).toThrow(
      /Unknown region "mars-north" for cloud provider AZURE/,
    );
    expect(() => computeReach("IBM", "us-south", "REGIONAL")).toThrow(
      /Unknown cloud provider "IBM"/,
    );
  });

  it("refuses ZONE where the region belongs to no data zone", () => {
    expect(supportsScope("AZURE", "uksouth", "ZONE")).toBe(false);
    expect(supportsScope("AZURE", "uksouth", "REGIONAL")).toBe(true);
    expect(() => computeReach("AZURE", "uksouth", "ZONE")).toThrow(/no data zone/);
  });
});

describe("zone names", () => {
  it("names every processing zone a region's ZONE scope may use", () => {
    expect(zoneNamesOf("AWS", "ap-northeast-1")).toEqual([
      "Japan inference profile",
      "APAC inference profile",
    ]);
    expect(zoneNamesOf("AZURE", "francecentral")).toEqual(["EU data zone"]);
    expect(zoneNamesOf("AWS", "ap-east-1")).toEqual([]);
  });
});
