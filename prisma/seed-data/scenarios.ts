/**
 * The four built-in policy scenarios. "Status quo" is what applies today; the other three are
 * what-ifs for the restrictions being discussed. Rules refer to groups, vendors and models by name.
 * Every scenario's default is ALLOWED and the most restrictive matching rule decides a cell.
 */
import type { Outcome } from "../../lib/domain/types";
import { GROUP_NAMES as G } from "./groups";
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

const D5_SOURCE =
  "15 CFR Part 740, Supplement No. 1, Country Group D:5 (as of 3 Feb 2026); ITAR 22 CFR §126.1.";
const DIFFUSION_SOURCE =
  "BIS interim final rule 'Framework for Artificial Intelligence Diffusion', 90 FR 4544 (15 Jan 2025); rescinded May 2025 — what-if only.";

const d5Prohibited: SeedRule = {
  name: "D:5 — US closed frontier models prohibited",
  jurisdictions: where({ groups: [G.d5] }),
  models: US_CLOSED_FRONTIER,
  outcome: "PROHIBITED",
  rationale:
    "Countries under a US arms embargo. US vendors do not serve them and US export controls make supplying advanced US AI there untenable, so any deployment serving or reaching them is treated as prohibited.",
  source: D5_SOURCE,
  effectiveDate: null,
};

const unsupportedCnRu: SeedRule = {
  name: "OpenAI and Anthropic — CN and RU unsupported",
  jurisdictions: where({ countries: ["CN", "RU"] }),
  models: which({ vendors: ["OpenAI", "Anthropic"] }),
  outcome: "PROHIBITED",
  rationale:
    "Neither vendor's published list of supported countries includes China or Russia; OpenAI blocks API traffic from unsupported regions. Use there breaches the vendors' terms whatever the model.",
  source:
    "OpenAI 'Supported countries and territories'; Anthropic 'Supported countries and regions' (checked 2026).",
  effectiveDate: null,
};

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
    d5Prohibited,
    unsupportedCnRu,
  ];
}

export const SCENARIOS: SeedScenario[] = [
  {
    name: "Status quo",
    description:
      "What applies today: the D:5 arms embargo rules out US closed frontier models, and OpenAI and Anthropic do not serve China or Russia. Everything else is allowed.",
    status: "ACTIVE",
    isActive: true,
    defaultOutcome: "ALLOWED",
    rules: [d5Prohibited, unsupportedCnRu],
  },
  {
    name: "G7 trusted partners",
    description:
      "What-if: US closed frontier models stay freely available in the G7, need a licence everywhere else, and remain barred in D:5 countries.",
    status: "DRAFT",
    isActive: false,
    defaultOutcome: "ALLOWED",
    rules: trustedPartnerRules(G.g7, "LICENCE_REQUIRED", G.g7),
  },
  {
    name: "Five Eyes only",
    description:
      "What-if: only the Five Eyes count as trusted partners; US closed frontier models are restricted in every other country and barred in D:5 countries.",
    status: "DRAFT",
    isActive: false,
    defaultOutcome: "ALLOWED",
    rules: trustedPartnerRules(G.fiveEyes, "RESTRICTED", G.fiveEyes),
  },
  {
    name: "AI diffusion tiers (2025 rule)",
    description:
      "What-if: the January 2025 AI diffusion rule as written, had it not been rescinded. Tier 1 unrestricted; closed models trained with ≥ 10^26 operations need a licence in Tier 2; US models barred in Tier 3. Unknown training compute counts as above the threshold.",
    status: "DRAFT",
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
        name: "Tier 2 — closed models ≥ 10^26 FLOP need a licence",
        jurisdictions: where({ allOthers: true, excludeGroups: [G.tier1, G.tier3] }),
        models: which({ weights: "CLOSED", minTrainingComputeFlop: 1e26 }),
        outcome: "LICENCE_REQUIRED",
        rationale:
          "Weights of closed models trained with at least 10^26 operations (ECCN 4E091) need a licence outside Tier 1. Published weights are excluded. Models with undisclosed compute are assumed to exceed the threshold until the vendor says otherwise.",
        source: `${DIFFUSION_SOURCE} New ECCN 4E091.`,
        effectiveDate: null,
      },
      {
        name: "Tier 3 — US-origin models prohibited",
        jurisdictions: where({ groups: [G.tier3] }),
        models: which({ originCodes: ["US"] }),
        outcome: "PROHIBITED",
        rationale:
          "D:5 countries and Macau are effectively barred from advanced US AI items; no US-origin model may serve or reach them.",
        source: `${DIFFUSION_SOURCE} Tier 3 = Country Group D:5 plus Macau.`,
        effectiveDate: null,
      },
      {
        name: "Tier 2 — US closed frontier models restricted once caps bind",
        jurisdictions: where({ allOthers: true, excludeGroups: [G.tier1, G.tier3] }),
        models: US_CLOSED_FRONTIER,
        outcome: "RESTRICTED",
        rationale:
          "Hypothetical tightening: the Tier 2 country caps (about 49,901 H100-equivalents per country for 2025–27) are assumed to bind by mid-2027, so US closed frontier models hosted for Tier 2 countries become restricted. Not in the rule text; shows how an upcoming rule appears.",
        source: `${DIFFUSION_SOURCE} Tier 2 compute caps; effective date is an assumption.`,
        effectiveDate: "2027-05-15",
      },
    ],
  },
];
