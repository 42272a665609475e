import { describe, it, expect } from "vitest";
import countries from "world-countries";
import {
  CAPABILITY_CLASSES,
  CLAUSE_ASSESSMENTS,
  CLAUSE_TYPES,
  DEPLOYMENT_STATUSES,
  OUTCOMES,
  PROCESSING_SCOPES,
} from "../../lib/domain/types";
import {
  EU_MEMBER_STATES,
  computeReach,
  findRegion,
  supportsScope,
} from "../../lib/reference/cloud-regions";
import { CONTRACTS } from "./contracts";
import { buildDemoDeployments } from "./deployments";
import { GROUPS, GROUP_NAMES } from "./groups";
import { MODELS } from "./models";
import { SCENARIOS } from "./scenarios";
import { VENDORS } from "./vendors";

const ISO = new Set(countries.map((c) => c.cca2));
const TODAY = "2026-11-29";
const deployments = buildDemoDeployments();
const vendorNames = new Set(VENDORS.map((v) => v.name));
const modelByName = new Map(MODELS.map((m) => [m.name, m]));
const groupByName = new Map(GROUPS.map((g) => [g.name, g]));
const rules = SCENARIOS.flatMap((s) => s.rules);

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
const unique = <T>(items: T[]) => new Set(items).size === items.length;
const expectIso = (code: string, where: string) =>
  expect(ISO.has(code), `${where}: "${code}" is not an ISO alpha-2 code`).toBe(true);

describe("seed data counts", () => {
  it("has the inventory the demo needs", () => {
    expect(VENDORS.length).toBeGreaterThanOrEqual(15);
    expect(MODELS.length).toBeGreaterThanOrEqual(40);
    expect(deployments).toHaveLength(150);
    expect(new Set(deployments.map((d) => d.jurisdictionCode)).size).toBeGreaterThanOrEqual(40);
    expect(CONTRACTS).toHaveLength(10);
  });

  it("has 60 clauses covering all 11 clause types", () => {
    const clauses = CONTRACTS.flatMap((c) => c.clauses);
    expect(clauses).toHaveLength(60);
    expect(new Set(clauses.map((c) => c.type))).toEqual(new Set(CLAUSE_TYPES));
    for (const c of CONTRACTS) expect(c.clauses, c.title).toHaveLength(6);
    for (const a of CLAUSE_ASSESSMENTS) expect(clauses.some((c) => c.assessment === a)).toBe(true);
  });

  it("has seven scenarios with exactly one active", () => {
    expect(SCENARIOS).toHaveLength(7);
    const active = SCENARIOS.filter((s) => s.isActive);
    expect(active).toHaveLength(1);
    expect(active[0].name).toBe("Status quo");
    expect(active[0].status).toBe("ACTIVE");
  });
});

describe("natural keys are unique", () => {
  it("for every kind of row", () => {
    expect(unique(GROUPS.map((g) => g.name))).toBe(true);
    expect(unique(VENDORS.map((v) => v.name))).toBe(true);
    expect(unique(MODELS.map((m) => m.name))).toBe(true);
    expect(unique(CONTRACTS.map((c) => `${c.vendor}|${c.title}`))).toBe(true);
    expect(unique(SCENARIOS.map((s) => s.name))).toBe(true);
    expect(unique(deployments.map((d) => d.ref))).toBe(true);
    for (const s of SCENARIOS) expect(unique(s.rules.map((r) => r.name)), s.name).toBe(true);
  });
});

describe("referential integrity", () => {
  it("every model's vendor exists", () => {
    for (const m of MODELS) expect(vendorNames.has(m.vendor), m.name).toBe(true);
  });

  it("every contract's vendor exists", () => {
    for (const c of CONTRACTS) expect(vendorNames.has(c.vendor), c.title).toBe(true);
  });

  it("every deployment's model and fallback exist, and the fallback differs", () => {
    for (const d of deployments) {
      expect(modelByName.has(d.model), `${d.ref} model ${d.model}`).toBe(true);
      if (d.fallbackModel !== null) {
        expect(modelByName.has(d.fallbackModel), `${d.ref} fallback`).toBe(true);
        expect(d.fallbackModel).not.toBe(d.model);
      }
    }
  });

  it("every rule's group, vendor and model names exist", () => {
    for (const r of rules) {
      const { groups, excludeGroups } = r.jurisdictions;
      for (const g of [...groups, ...excludeGroups])
        expect(groupByName.has(g), `${r.name}: ${g}`).toBe(true);
      for (const v of r.models.vendors) expect(vendorNames.has(v), `${r.name}: ${v}`).toBe(true);
      for (const m of r.models.models) expect(modelByName.has(m), `${r.name}: ${m}`).toBe(true);
    }
  });

  it("every country code is a real ISO alpha-2 code", () => {
    for (const g of GROUPS) for (const code of g.members) expectIso(code, g.name);
    for (const v of VENDORS) expectIso(v.hqCode, v.name);
    for (const m of MODELS) if (m.originCode) expectIso(m.originCode, m.name);
    for (const c of CONTRACTS) expectIso(c.governingLawCode, c.title);
    for (const d of deployments) expectIso(d.jurisdictionCode, d.ref);
    for (const r of rules) {
      const codes = [
        ...r.jurisdictions.countries,
        ...r.jurisdictions.excludeCountries,
        ...r.models.originCodes,
      ];
      for (const code of codes) expectIso(code, r.name);
    }
  });

  it("every deployment's region exists for its provider and supports its scope", () => {
    for (const d of deployments) {
      const region = findRegion(d.cloudProvider, d.cloudRegion);
      expect(region, `${d.ref}: ${d.cloudProvider}/${d.cloudRegion}`).toBeDefined();
      expect(supportsScope(d.cloudProvider, d.cloudRegion, d.processingScope), d.ref).toBe(true);
      for (const code of computeReach(d.cloudProvider, d.cloudRegion, d.processingScope)) {
        expectIso(code, `${d.ref} reach`);
      }
    }
  });
});

describe("groups", () => {
  it("match the published memberships", () => {
    const members = (name: string) => groupByName.get(name)!.members;
    expect(members(GROUP_NAMES.g7)).toHaveLength(7);
    expect(members(GROUP_NAMES.fiveEyes)).toHaveLength(5);
    expect(members(GROUP_NAMES.nato)).toHaveLength(32);
    expect(members(GROUP_NAMES.eu)).toHaveLength(27);
    expect(members(GROUP_NAMES.tier1)).toHaveLength(19);
    // 22 countries plus Hong Kong, which US export rules treat as China
    expect(members(GROUP_NAMES.d5)).toHaveLength(23);
    expect(members(GROUP_NAMES.d5)).not.toContain("KH");
    expect([...members(GROUP_NAMES.tier3)].sort()).toEqual(
      [...members(GROUP_NAMES.d5), "MO"].sort(),
    );
    expect([...members(GROUP_NAMES.eu)].sort()).toEqual([...EU_MEMBER_STATES].sort());
    for (const g of GROUPS) {
      expect(unique(g.members), g.name).toBe(true);
      if (g.asOf) expect(isDate(g.asOf), g.name).toBe(true);
    }
  });

  it("state what they are, with a source link and the date checked", () => {
    for (const g of GROUPS) {
      expect(g.sourceUrl, g.name).toMatch(/^https:\/\//);
      expect(isDate(g.checkedOn), g.name).toBe(true);
    }
    expect(groupByName.get(GROUP_NAMES.tier1)!.legalStatus).toBe("RESCINDED");
    expect(groupByName.get(GROUP_NAMES.tier3)!.legalStatus).toBe("RESCINDED");
    expect(groupByName.get(GROUP_NAMES.d5)!.legalStatus).toBe("IN_FORCE");
    expect(groupByName.get(GROUP_NAMES.g7)!.description).toMatch(/European Union .* is NOT listed/);
  });

  it("list Hong Kong wherever D:5 (China) applies, and the sanctioned countries", () => {
    expect(groupByName.get(GROUP_NAMES.d5)!.members).toContain("HK");
    expect(groupByName.get(GROUP_NAMES.tier3)!.members).toContain("HK");
    expect([...groupByName.get(GROUP_NAMES.sanctions)!.members].sort()).toEqual([
      "CU",
      "IR",
      "KP",
      "SY",
    ]);
    expect(groupByName.get(GROUP_NAMES.sanctions)!.description).toMatch(/Crimea/);
  });

  it("every G7 and Five Eyes member is in Tier 1", () => {
    const tier1 = new Set(groupByName.get(GROUP_NAMES.tier1)!.members);
    for (const code of [
      ...groupByName.get(GROUP_NAMES.g7)!.members,
      ...groupByName.get(GROUP_NAMES.fiveEyes)!.members,
    ]) {
      expect(tier1.has(code), code).toBe(true);
    }
  });
});

describe("models", () => {
  it("use the domain enums and valid dates", () => {
    for (const m of MODELS) {
      expect(CAPABILITY_CLASSES).toContain(m.capabilityClass);
      if (m.releaseDate) expect(isDate(m.releaseDate), m.name).toBe(true);
      if (m.trainingComputeFlop !== null) expect(m.trainingComputeFlop).toBeGreaterThan(1e20);
    }
  });

  it("include enough unknown facts to show the worst-case assumption", () => {
    const unknown = MODELS.filter((m) => m.trainingComputeFlop === null || m.weights === null);
    expect(unknown.length).toBeGreaterThanOrEqual(5);
    expect(modelByName.get("Grok 3")!.trainingComputeFlop).toBeNull();
  });
});

describe("model facts (issue 13)", () => {
  const model = (name: string) => modelByName.get(name)!;

  it("codestral-2501 is API-only, dated as that snapshot", () => {
    expect(model("Codestral")).toMatchObject({
      modelVersion: "codestral-2501",
      weights: "CLOSED",
      licence: "PROPRIETARY",
      releaseDate: "2025-01-13",
    });
  });

  it("published non-commercial weights are published, with the licence recorded apart", () => {
    for (const name of ["Command R+", "Command A", "Mistral Large 2", "Pharia-1-LLM-7B"]) {
      expect(model(name).weights, name).toBe("OPEN");
      expect(model(name).licence, name).toBe("OPEN_NON_COMMERCIAL");
      expect(model(name).licenceName, name).toBeTruthy();
    }
  });

  it("Grok 2's weights are published (Aug 2025) under xAI's custom licence, with the doubt stated", () => {
    expect(model("Grok 2")).toMatchObject({ weights: "OPEN", licence: "CUSTOM_RESTRICTIONS" });
    expect(model("Grok 2").licenceName).toMatch(/Grok 2 Community License/);
    expect(model("Grok 2").licenceName).toMatch(/huggingface\.co\/xai-org\/grok-2/);
    expect(model("Grok 2").licenceName).toMatch(/does not say they are the grok-2-1212/);
    expect(model("Grok 3").weights).toBe("CLOSED");
  });

  it("no fact is left marked 'verify': each says where it comes from or that it is ours", () => {
    const texts = [
      ...MODELS.flatMap((m) => [m.computeSource ?? "", m.licenceName ?? ""]),
      ...GROUPS.flatMap((g) => [g.description, g.source]),
      ...VENDORS.map((v) => v.notes),
    ];
    for (const text of texts) expect(text).not.toMatch(/\bverify\b/i);
  });

  it("every model with published weights names its licence; closed ones are proprietary", () => {
    for (const m of MODELS) {
      if (m.weights === "OPEN") expect(m.licenceName, m.name).toBeTruthy();
      if (m.weights === "CLOSED") expect(m.licence, m.name).toBe("PROPRIETARY");
    }
  });

  it("release dates are the pinned snapshot's, not the family's", () => {
    for (const m of MODELS) {
      const iso = /(\d{4})-(\d{2})-(\d{2})$/.exec(m.modelVersion);
      const compact = /-(20\d{2})(\d{2})(\d{2})$/.exec(m.modelVersion);
      const [, y, mo, d] = iso ?? compact ?? [];
      if (y)
        expect(m.releaseDate! >= `${y}-${mo}-${d}`, `${m.name} (${m.modelVersion})`).toBe(true);
    }
    expect(model("GPT-4").releaseDate).toBe("2023-06-13");
    expect(model("Command R+").releaseDate).toBe("2024-08-30");
    expect(model("DeepSeek-V3").releaseDate).toBe("2025-03-24");
    expect(model("DeepSeek-R1").releaseDate).toBe("2025-05-28");
  });

  it("record compute as an estimate: a range or a 'known to be below' bound with its source", () => {
    for (const m of MODELS) {
      const { trainingComputeMinFlop: min, trainingComputeMaxFlop: max } = m;
      if (min !== null && max !== null) expect(min, m.name).toBeLessThan(max);
      if (min !== null || max !== null) expect(m.computeSource, m.name).toBeTruthy();
    }
    for (const name of [
      "text-embedding-3-large",
      "Titan Text Embeddings V2",
      "Claude 3 Haiku",
      "Luminous Supreme",
    ]) {
      expect(model(name).trainingComputeFlop, name).toBeNull();
      expect(model(name).trainingComputeMaxFlop, name).toBeLessThanOrEqual(1e26);
    }
  });
});

describe("contracts", () => {
  it("have valid dates, one of them expired", () => {
    for (const c of CONTRACTS) {
      expect(isDate(c.effectiveDate), c.title).toBe(true);
      if (c.expiryDate) expect(c.expiryDate > c.effectiveDate, c.title).toBe(true);
    }
    expect(CONTRACTS.filter((c) => c.expiryDate !== null && c.expiryDate < TODAY)).toHaveLength(1);
  });

  it("include a weak clause letting the vendor suspend without notice", () => {
    const risky = CONTRACTS.flatMap((c) => c.clauses).filter(
      (cl) => cl.type === "SUSPENSION_FOR_LEGAL_REASONS" && /without notice/i.test(cl.text),
    );
    expect(risky.length).toBeGreaterThanOrEqual(1);
    for (const cl of risky) expect(cl.assessment).toBe("WEAK");
  });

  it("have a heading and two to five sentences of text per clause", () => {
    for (const cl of CONTRACTS.flatMap((c) => c.clauses)) {
      expect(cl.heading.length).toBeGreaterThan(0);
      const sentences = cl.text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences, cl.heading).toBeGreaterThanOrEqual(2);
      expect(sentences, cl.heading).toBeLessThanOrEqual(5);
    }
  });
});

describe("scenarios", () => {
  it("have well-formed rules", () => {
    for (const s of SCENARIOS) {
      expect(OUTCOMES).toContain(s.defaultOutcome);
      for (const r of s.rules) {
        expect(OUTCOMES).toContain(r.outcome);
        expect(r.rationale.length, r.name).toBeGreaterThan(0);
        expect(r.source.length, r.name).toBeGreaterThan(0);
        if (r.effectiveDate) expect(isDate(r.effectiveDate), r.name).toBe(true);
        const m = r.models;
        const criteria =
          m.originCodes.length +
          m.vendors.length +
          m.capabilityClasses.length +
          m.models.length +
          (m.weights ? 1 : 0) +
          (m.minTrainingComputeFlop !== null ? 1 : 0);
        if (m.all) expect(criteria, `${r.name}: "all" excludes other criteria`).toBe(0);
        else expect(criteria, `${r.name} selects no model`).toBeGreaterThan(0);
        const j = r.jurisdictions;
        expect(j.allOthers || j.groups.length + j.countries.length > 0, r.name).toBe(true);
      }
    }
  });

  it("include an upcoming rule", () => {
    expect(rules.some((r) => r.effectiveDate !== null && r.effectiveDate > TODAY)).toBe(true);
  });

  it("keep everything but the active scenario in draft", () => {
    for (const s of SCENARIOS.filter((x) => !x.isActive)) expect(s.status).toBe("DRAFT");
  });
});

describe("deployments", () => {
  it("are deterministic", () => {
    expect(buildDemoDeployments()).toEqual(deployments);
  });

  it("are numbered DEP-0001 to DEP-0150", () => {
    expect(deployments[0].ref).toBe("DEP-0001");
    expect(deployments[149].ref).toBe("DEP-0150");
  });

  it("have plausible values", () => {
    for (const d of deployments) {
      expect(PROCESSING_SCOPES).toContain(d.processingScope);
      expect(DEPLOYMENT_STATUSES).toContain(d.status);
      expect(d.dataSensitivity).toBeGreaterThanOrEqual(1);
      expect(d.dataSensitivity).toBeLessThanOrEqual(5);
      expect(d.businessCriticality).toBeGreaterThanOrEqual(1);
      expect(d.businessCriticality).toBeLessThanOrEqual(5);
      expect(d.users).toBeGreaterThanOrEqual(20);
      expect(d.users).toBeLessThanOrEqual(60_000);
      if (d.goLiveDate) {
        expect(isDate(d.goLiveDate), d.ref).toBe(true);
        const release = modelByName.get(d.model)!.releaseDate;
        if (release)
          expect(d.goLiveDate > release, `${d.ref} goes live before ${d.model} exists`).toBe(true);
        if (d.status === "PLANNED") expect(d.goLiveDate > TODAY, d.ref).toBe(true);
        else expect(d.goLiveDate <= TODAY, d.ref).toBe(true);
      } else {
        expect(d.status, d.ref).toBe("PLANNED");
      }
    }
  });

  it("mix providers, scopes, statuses and business units", () => {
    const share = (f: (d: (typeof deployments)[number]) => boolean) =>
      deployments.filter(f).length / 150;
    expect(share((d) => d.processingScope === "REGIONAL")).toBeGreaterThan(0.5);
    expect(share((d) => d.processingScope === "ZONE")).toBeGreaterThan(0.05);
    expect(share((d) => d.processingScope === "GLOBAL")).toBeGreaterThan(0.05);
    expect(share((d) => d.processingScope === "GLOBAL")).toBeLessThan(0.16);
    expect(share((d) => d.status === "LIVE")).toBeGreaterThan(0.6);
    for (const s of DEPLOYMENT_STATUSES) expect(deployments.some((d) => d.status === s)).toBe(true);
    expect(new Set(deployments.map((d) => d.cloudProvider)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(deployments.map((d) => d.businessUnit)).size).toBeGreaterThanOrEqual(8);
    expect(deployments.some((d) => d.fallbackModel !== null)).toBe(true);
  });

  it("serve the countries the demo is about, CN and RU live only from local datacentres", () => {
    const served = new Set(deployments.map((d) => d.jurisdictionCode));
    for (const code of "JP PL DE FR GB US IN BR SG AE KR TW MX ZA TR AU NZ CA IT ES CZ HU RO GR PT SE NO CH IL SA ID VN TH MY PH EG NG KE AR CL CO CN RU".split(
      " ",
    )) {
      expect(served.has(code), code).toBe(true);
    }
    for (const d of deployments.filter(
      (x) => x.jurisdictionCode === "CN" || x.jurisdictionCode === "RU",
    )) {
      expect(d.cloudProvider === "ON_PREM" || d.status !== "LIVE", d.ref).toBe(true);
    }
  });
});
