/**
 * The built-in policy scenarios, each saying what it is (law in force, vendor policy, a rescinded
 * rule kept as a what-if, a hypothetical) with its sources and the date they were checked. Three
 * describe what applies today (US sanctions, the vendors' supported countries, China's filing
 * regime) and "Status quo" combines them with the D:5 arms embargo; the others are what-ifs.
 * Rules refer to groups, vendors and models by name. Every scenario's default is ALLOWED and the
 * most restrictive matching rule decides a cell.
 */
import type { Outcome } from "../../lib/domain/types";
import { CHECKED_ON, GROUP_NAMES as G, HK_RULE_URL } from "./groups";
import type { SeedRule, SeedScenario } from "./types";

type Jurisdictions = SeedRule["jurisdictions"];
type Models = SeedRule["models"];

const where = (p: Partial<Jurisdictions>): Jurisdictions => ({
  groups: [],
  countries: [],
  allOthers: false,
  excludeGroups: [],
  excludeCountries: [],
  ...p,
});

const which = (p: Partial<Models>): Models => ({
  all: false,
  originCodes: [],
  vendors: [],
  weights: null,
  minTrainingComputeFlop: null,
  capabilityClasses: [],
  models: [],
  ...p,
});

const US_CLOSED_FRONTIER = which({
  originCodes: ["US"],
  weights: "CLOSED",
  capabilityClasses: ["FRONTIER"],
});

/** ECCN 4E091: weights of closed models trained with ≥ 10^26 operations, whatever the origin. */
const CONTROLLED_WEIGHTS = which({ weights: "CLOSED", minTrainingComputeFlop: 1e26 });

const D5_SOURCE =
  "15 CFR Part 740, Supplement No. 1, Country Group D:5 (as of 3 Feb 2026); ITAR 22 CFR §126.1; Hong Kong as China since 23 Dec 2020 (EO 13936; 85 FR 83765).";
const D5_URL =
  "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740";
const OFAC_URL = "https://ofac.treasury.gov/sanctions-programs-and-country-information";
const DIFFUSION_URL =
  "https://www.federalregister.gov/documents/2025/01/15/2025-00636/framework-for-artificial-intelligence-diffusion";
const DIFFUSION_RESCISSION_URL =
  "https://www.bis.gov/press-release/department-commerce-announces-rescission-biden-era-artificial-intelligence-diffusion-rule-strengthens";
const DIFFUSION_SOURCE =
  "BIS interim final rule 'Framework for Artificial Intelligence Diffusion', 90 FR 4544 (15 Jan 2025); rescinded (BIS announcement, 13 May 2025) — what-if only.";
const CHINA_MEASURES_URL = "https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm";

/**
 * The vendors' published supported-country lists could not be fetched where this data was
 * written (no network); what a rule lists is an approximation of the countries each list leaves
 * out, dated, and says so.
 */
const VENDOR_LISTS = {
  OpenAI: {
    list: "OpenAI, 'Supported countries and territories' (platform.openai.com/docs/supported-countries)",
    url: "https://platform.openai.com/docs/supported-countries",
  },
  Anthropic: {
    list: "Anthropic, 'Supported countries and regions' (anthropic.com/supported-countries)",
    url: "https://www.anthropic.com/supported-countries",
  },
  Google: {
    list: "Google, 'Available regions for Google AI Studio and Gemini API' (ai.google.dev/gemini-api/docs/available-regions)",
    url: "https://ai.google.dev/gemini-api/docs/available-regions",
  },
} as const;
type ListedVendor = keyof typeof VENDOR_LISTS;

/** Countries known to be absent from the three vendors' lists (approximation, see each rule). */
// prettier-ignore
export const VENDOR_UNSUPPORTED = ["CN", "HK", "MO", "RU", "BY", "VE", "CU", "IR", "KP", "SY"];

const sanctionsProhibited: SeedRule = {
  name: "US comprehensive sanctions — no model may serve or reach them",
  jurisdictions: where({ groups: [G.sanctions] }),
  models: which({ all: true }),
  outcome: "PROHIBITED",
  rationale:
    "OFAC's comprehensive embargoes prohibit US persons from exporting services to these countries, and every vendor's terms exclude them, whatever the model's origin. Known limit: the sanctioned regions of Ukraine (Crimea, DNR, LNR) have no ISO code and are not covered.",
  source:
    "US Treasury, OFAC sanctions programs for Cuba, Iran, North Korea and Syria (31 CFR Parts 515, 560, 510, 542).",
  effectiveDate: null,
};

const d5Prohibited: SeedRule = {
  name: "D:5 — US closed frontier models prohibited",
  jurisdictions: where({ groups: [G.d5] }),
  models: US_CLOSED_FRONTIER,
  outcome: "PROHIBITED",
  rationale:
    "Countries under a US arms embargo, Hong Kong included as China. US vendors do not serve them and US export controls make supplying advanced US AI there untenable, so any deployment serving or reaching them is treated as prohibited.",
  source: D5_SOURCE,
  effectiveDate: null,
};

function vendorListRule(vendor: ListedVendor): SeedRule {
  return {
    name: `${vendor} — countries outside its supported list`,
    jurisdictions: where({ countries: VENDOR_UNSUPPORTED }),
    models: which({ vendors: [vendor] }),
    outcome: "PROHIBITED",
    rationale: `${vendor}'s terms allow use only from the countries it lists; it blocks API traffic from the others. Approximation: the live list could not be obtained when this data was written, so the rule lists only countries known to be left out — China and Russia (absent from OpenAI's and Anthropic's published lists), the comprehensively sanctioned countries, and Hong Kong, Macau, Belarus and Venezuela (reported as unsupported in the press; not checked against the live list). Countries the live list also leaves out are missing here: check it before relying on an ALLOWED outcome.`,
    source: `${VENDOR_LISTS[vendor].list}; approximation dated ${CHECKED_ON}, live list not obtained.`,
    effectiveDate: null,
  };
}

const vendorListRules: SeedRule[] = (Object.keys(VENDOR_LISTS) as ListedVendor[]).map(
  vendorListRule,
);

/** Every origin in the demo inventory except China: the "foreign" models of China's regime. */
const FOREIGN_TO_CN = ["US", "FR", "DE", "CA", "IL", "AE", "KR"];

const chinaFiling: SeedRule = {
  name: "China — foreign generative AI without a filing restricted",
  jurisdictions: where({ countries: ["CN"] }),
  models: which({ originCodes: FOREIGN_TO_CN }),
  outcome: "RESTRICTED",
  rationale:
    "China's Interim Measures for Generative AI Services (in force 15 Aug 2023) require a security assessment and algorithm filing before a generative AI service is offered to the public in China. No foreign model in this inventory is registered, so none may back a public-facing service there; internal, non-public use only. Models of unknown origin are assumed foreign.",
  source:
    "Interim Measures for the Management of Generative Artificial Intelligence Services (CAC and six other authorities, effective 15 Aug 2023), Arts. 17 and 20.",
  effectiveDate: null,
};

/** What applies today; every what-if below builds on it. */
const TODAY_RULES: SeedRule[] = [
  sanctionsProhibited,
  d5Prohibited,
  ...vendorListRules,
  chinaFiling,
];

function trustedPartnerRules(trusted: string, elsewhere: Outcome, label: string): SeedRule[] {
  return [
    {
      name: `${label} — US closed frontier models allowed`,
      jurisdictions: where({ groups: [trusted] }),
      models: US_CLOSED_FRONTIER,
      outcome: "ALLOWED",
      rationale: `Members of the ${label} circle are trusted partners: no licence or other condition for US-origin closed frontier models.`,
      source:
        "What-if: reported June 2026 G7 (Évian) discussion of a 'trusted partners' scheme; no criteria agreed.",
      effectiveDate: null,
    },
    {
      name: `Outside ${label} — US closed frontier models ${elsewhere === "RESTRICTED" ? "restricted" : "need a licence"}`,
      jurisdictions: where({ allOthers: true, excludeGroups: [trusted, G.d5] }),
      models: US_CLOSED_FRONTIER,
      outcome: elsewhere,
      rationale:
        elsewhere === "RESTRICTED"
          ? "Outside the trusted circle, access to the newest US models is assumed to be limited (e.g. no frontier features, vetted users only) — the reported directive on foreign nationals' access read broadly."
          : "Outside the trusted circle, access is assumed to need a case-by-case export licence, as for Tier 2 under the 2025 diffusion rule.",
      source:
        "What-if: reported 2026 US directive limiting foreign nationals' access to a US vendor's newest models (details conflict).",
      effectiveDate: null,
    },
    ...TODAY_RULES,
  ];
}

const TODAY_SOURCE_URLS = [OFAC_URL, D5_URL, HK_RULE_URL];

const WHAT_IF_TRUSTED_PARTNERS = {
  legalStatus: "WHAT_IF",
  sources:
    "Reported, unverified: G7 leaders' June 2026 discussion at Évian of a 'trusted partners' scheme with no agreed criteria, and reports of a US directive limiting foreign nationals' access to a US vendor's newest models. Built on the rules that apply today (Status quo).",
  sourceUrls: TODAY_SOURCE_URLS,
  checkedOn: CHECKED_ON,
} as const;

export const SCENARIOS: SeedScenario[] = [
  {
    name: "Status quo",
    description:
      "What applies today: US comprehensive sanctions (Cuba, Iran, North Korea, Syria) rule out every model; the D:5 arms embargo (Hong Kong included) rules out US closed frontier models; OpenAI, Anthropic and Google serve only the countries they list; China restricts foreign generative AI without a filing. Everything else is allowed.",
    status: "ACTIVE",
    legalStatus: "IN_FORCE",
    sources:
      "Laws in force (OFAC sanctions; 15 CFR Part 740 Country Group D:5; China's Interim Measures for Generative AI Services) combined with the vendors' own supported-country lists (company policy, approximated — see each rule).",
    sourceUrls: [
      ...TODAY_SOURCE_URLS,
      CHINA_MEASURES_URL,
      ...Object.values(VENDOR_LISTS).map((v) => v.url),
    ],
    checkedOn: CHECKED_ON,
    isActive: true,
    defaultOutcome: "ALLOWED",
    rules: TODAY_RULES,
  },
  {
    name: "US comprehensive sanctions",
    description:
      "Law in force: no model may serve or reach Cuba, Iran, North Korea or Syria. Known limit: the sanctioned Crimea, DNR and LNR regions of Ukraine have no ISO code, so no country-level rule can express them.",
    status: "DRAFT",
    legalStatus: "IN_FORCE",
    sources: sanctionsProhibited.source,
    sourceUrls: [OFAC_URL],
    checkedOn: CHECKED_ON,
    isActive: false,
    defaultOutcome: "ALLOWED",
    rules: [sanctionsProhibited],
  },
  {
    name: "Vendors' supported countries",
    description:
      "Company policy (the vendors'): OpenAI, Anthropic and Google serve only the countries on their published lists. The lists could not be obtained when this data was written; each rule lists the countries known to be left out, as an approximation dated in its source.",
    status: "DRAFT",
    legalStatus: "COMPANY_POLICY",
    sources: `Vendors' supported-country pages; approximation dated ${CHECKED_ON}, live lists not obtained.`,
    sourceUrls: Object.values(VENDOR_LISTS).map((v) => v.url),
    checkedOn: CHECKED_ON,
    isActive: false,
    defaultOutcome: "ALLOWED",
    rules: vendorListRules,
  },
  {
    name: "China generative AI filing",
    description:
      "Law in force in China: a public-facing generative AI service needs a security assessment and algorithm filing, which no foreign model in the inventory has, so foreign models are restricted to internal use there.",
    status: "DRAFT",
    legalStatus: "IN_FORCE",
    sources: chinaFiling.source,
    sourceUrls: [CHINA_MEASURES_URL],
    checkedOn: CHECKED_ON,
    isActive: false,
    defaultOutcome: "ALLOWED",
    rules: [chinaFiling],
  },
  {
    name: "G7 trusted partners",
    description:
      "What-if: US closed frontier models stay freely available in the G7, need a licence everywhere else, and remain barred in D:5 countries, on top of today's rules. The G7 group leaves out the EU's member states other than France, Germany and Italy (the EU takes part without being enumerated), so most of the EU needs a licence here.",
    status: "DRAFT",
    ...WHAT_IF_TRUSTED_PARTNERS,
    isActive: false,
    defaultOutcome: "ALLOWED",
    rules: trustedPartnerRules(G.g7, "LICENCE_REQUIRED", "G7"),
  },
  {
    name: "Five Eyes only",
    description:
      "What-if: only the Five Eyes count as trusted partners; US closed frontier models are restricted in every other country and barred in D:5 countries, on top of today's rules.",
    status: "DRAFT",
    ...WHAT_IF_TRUSTED_PARTNERS,
    isActive: false,
    defaultOutcome: "ALLOWED",
    rules: trustedPartnerRules(G.fiveEyes, "RESTRICTED", "Five Eyes"),
  },
  {
    name: "AI diffusion rule 2025 (rescinded, what-if)",
    description:
      "Rescinded rule, kept as a what-if: the January 2025 AI diffusion rule had it stayed. It controlled the weights of closed models trained with ≥ 10^26 operations (ECCN 4E091) — where they are exported to or hosted — not use of an API; published weights were outside it. Closed models at or above the threshold need a licence in Tier 2 and are barred in Tier 3 (D:5 with Hong Kong, plus Macau); everything else is allowed. Proxy: Tierscope applies the tiers to the country a deployment serves as well as every country its processing can reach, so a Tier 2 deployment served from Tier 1 infrastructure is flagged although the rule controlled only where the weights sit. Unknown training compute counts as above the threshold, and each such cell says it was assumed.",
    status: "DRAFT",
    legalStatus: "RESCINDED",
    sources: `${DIFFUSION_SOURCE} GAO (B-337935, May 2026) treated the rescission announcement as itself a rule.`,
    sourceUrls: [DIFFUSION_URL, DIFFUSION_RESCISSION_URL],
    checkedOn: CHECKED_ON,
    isActive: false,
    defaultOutcome: "ALLOWED",
    rules: [
      {
        name: "Tier 1 — no licence needed",
        jurisdictions: where({ groups: [G.tier1] }),
        models: which({ all: true }),
        outcome: "ALLOWED",
        rationale: "The US and 18 close partners: no new licence requirement for any model.",
        source: `${DIFFUSION_SOURCE} Supplement No. 5 to Part 740 (Tier 1 list).`,
        effectiveDate: null,
      },
      {
        name: "Tier 2 — closed weights ≥ 10^26 FLOP need a licence",
        jurisdictions: where({ allOthers: true, excludeGroups: [G.tier1, G.tier3] }),
        models: CONTROLLED_WEIGHTS,
        outcome: "LICENCE_REQUIRED",
        rationale:
          "Exporting or hosting the weights of a closed model trained with at least 10^26 operations (ECCN 4E091) outside Tier 1 needed a licence. Published (open) weights were excluded, as were closed models below the most capable published model. Using the API of a model hosted in Tier 1 was not itself licensed: for a deployment only served in a Tier 2 country this outcome is a proxy. Models with unknown training compute are assumed to exceed the threshold, and the explanation says so.",
        source: `${DIFFUSION_SOURCE} New ECCN 4E091.`,
        effectiveDate: null,
      },
      {
        name: "Tier 3 — closed weights ≥ 10^26 FLOP barred",
        jurisdictions: where({ groups: [G.tier3] }),
        models: CONTROLLED_WEIGHTS,
        outcome: "PROHIBITED",
        rationale:
          "D:5 countries (Hong Kong included, as China) and Macau: licences for controlled model weights were to be refused, so a closed model at or above the threshold may not be hosted there. Published weights and smaller models were outside the rule.",
        source: `${DIFFUSION_SOURCE} Tier 3 = Country Group D:5 plus Macau; ECCN 4E091.`,
        effectiveDate: null,
      },
      {
        name: "What-if, not in the rule — Tier 2 caps bind from May 2027",
        jurisdictions: where({ allOthers: true, excludeGroups: [G.tier1, G.tier3] }),
        models: US_CLOSED_FRONTIER,
        outcome: "RESTRICTED",
        rationale:
          "Invented for illustration, not in the rule text: the Tier 2 country caps (about 49,901 H100-equivalents per country for 2025–27) are assumed to bind by mid-2027, so US closed frontier models hosted for Tier 2 countries become restricted. Shows how an upcoming rule appears.",
        source: `What-if built on the rule's Tier 2 compute caps; the date and the effect are assumptions, not law. ${DIFFUSION_SOURCE}`,
        effectiveDate: "2027-05-15",
      },
    ],
  },
];
