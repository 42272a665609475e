import { describe, expect, it } from "vitest";
import { deploymentList, vendorList } from "@/lib/validation/inventory-lists";

describe("list parameters", () => {
  it("read defaults from an empty URL", () => {
    const state = vendorList.parse(new URLSearchParams());
    expect(state).toMatchObject({ q: "", sort: "name", dir: "asc", page: 1, size: 25 });
    expect(state.cols).toEqual(["name", "hq", "status", "owner", "models", "contracts"]);
    expect(state.filters).toEqual({ status: [], hq: [], gaps: [] });
    expect(state.archived).toBe(false);
    expect(vendorList.serialize(state).toString()).toBe("");
  });

  it("round-trip every kind of parameter through the URL", () => {
    const url =
      "q=chat&country=jp&country=DE&band=HIGH&unit=Sales%2C+EMEA&archived=1&sort=risk&dir=desc&size=50&page=3&cols=ref,band";
    const state = deploymentList.parse(new URLSearchParams(url));
    expect(state.filters.country).toEqual(["JP", "DE"]);
    expect(state.filters.unit).toEqual(["Sales, EMEA"]);
    expect(state).toMatchObject({ sort: "risk", dir: "desc", size: 50, page: 3, archived: true });
    expect(state.cols).toEqual(["ref", "band"]);
    expect(deploymentList.parse(deploymentList.serialize(state))).toEqual(state);
  });

  it("fall back per parameter on stale or hand-edited values instead of failing", () => {
    const state = deploymentList.parse({
      sort: "nonsense",
      dir: "sideways",
      page: "-4",
      size: "1000",
      band: ["EXTREME", "LOW"],
      country: "Japan",
      cols: "ref,bogus",
    });
    expect(state).toMatchObject({ sort: "ref", dir: "asc", page: 1, size: 25 });
    expect(state.filters.band).toEqual(["LOW"]);
    expect(state.filters.country).toEqual([]);
    expect(state.cols).toEqual(deploymentList.spec.defaultColumns);
  });

  it("read Next's searchParams records with repeated keys", () => {
    const state = vendorList.parse({ status: ["ACTIVE", "OFFBOARDED", "ACTIVE"], q: "  open " });
    expect(state.filters.status).toEqual(["ACTIVE", "OFFBOARDED"]);
    expect(state.q).toBe("open");
  });

  it("know when filters are on and clear them without losing sorting", () => {
    const state = vendorList.parse(new URLSearchParams("q=x&status=ACTIVE&sort=status&page=2"));
    expect(vendorList.hasFilters(state)).toBe(true);
    const cleared = vendorList.cleared(state);
    expect(vendorList.hasFilters(cleared)).toBe(false);
    expect(vendorList.serialize(cleared).toString()).toBe("sort=status&dir=asc");
  });
});
