/**
 * Public country groupings the built-in scenarios refer to by name. Each says where its membership
 * comes from and as of when: groups defined by law (D:5) change when the underlying list does.
 */
import type { SeedGroup } from "./types";

const FEDERAL_REGISTER_AI_DIFFUSION =
  "https://www.federalregister.gov/documents/2025/01/15/2025-00636/framework-for-artificial-intelligence-diffusion";

// prettier-ignore
const D5 = [
  "AF", "BY", "MM", "CF", "CN", "CD", "CU", "ER", "HT", "IR", "IQ", "KP", "LB", "LY", "NI", "RU",
  "SO", "SS", "SD", "SY", "VE", "ZW",
];

export const GROUP_NAMES = {
  g7: "G7",
  fiveEyes: "Five Eyes",
  nato: "NATO",
  eu: "EU-27",
  tier1: "AI diffusion Tier 1",
  d5: "US arms-embargoed (D:5)",
  tier3: "AI diffusion Tier 3 (D:5 + Macau)",
} as const;

export const GROUPS: SeedGroup[] = [
  {
    name: GROUP_NAMES.g7,
    description:
      "Group of Seven. The EU takes part as a non-enumerated member and is not listed here; every G7 member is also in AI diffusion Tier 1.",
    source: "G7 membership as published by the rotating G7 presidency.",
    sourceUrl: null,
    asOf: "2026-01-01",
    members: ["CA", "FR", "DE", "IT", "JP", "GB", "US"],
  },
  {
    name: GROUP_NAMES.fiveEyes,
    description:
      "UKUSA intelligence-sharing alliance. A common shorthand for the narrowest 'trusted partner' circle.",
    source:
      "UKUSA Agreement parties (Five Eyes Intelligence Oversight and Review Council members).",
    sourceUrl: null,
    asOf: "2026-01-01",
    members: ["AU", "CA", "NZ", "GB", "US"],
  },
  {
    name: GROUP_NAMES.nato,
    description:
      "North Atlantic Treaty Organization, 32 members (Finland joined in 2023, Sweden in 2024). Nineteen members sit outside AI diffusion Tier 1.",
    source: "NATO, 'NATO member countries'.",
    sourceUrl: "https://www.nato.int/cps/en/natohq/topics_52044.htm",
    asOf: "2024-03-07",
    // prettier-ignore
    members: [
      "AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV",
      "LT", "LU", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US",
    ],
  },
  {
    name: GROUP_NAMES.eu,
    description:
      "European Union member states. Also the membership of the cloud providers' EU data zones; 17 members are outside AI diffusion Tier 1.",
    source: "European Union, 'EU countries'.",
    sourceUrl: "https://european-union.europa.eu/principles-countries-history/eu-countries_en",
    asOf: "2020-02-01",
    // prettier-ignore
    members: [
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
      "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ],
  },
  {
    name: GROUP_NAMES.tier1,
    description:
      "Tier 1 of the US 'Framework for Artificial Intelligence Diffusion': no new licence needs. The rule was rescinded in May 2025 before its compliance date, so this group serves what-if scenarios, not current law.",
    source:
      "BIS interim final rule 'Framework for Artificial Intelligence Diffusion', 90 FR 4544 (15 Jan 2025), Supplement No. 5 to Part 740 (verify); rescinded by BIS announcement of 13 May 2025.",
    sourceUrl: FEDERAL_REGISTER_AI_DIFFUSION,
    asOf: "2025-01-15",
    // prettier-ignore
    members: [
      "US", "AU", "BE", "CA", "DK", "FI", "FR", "DE", "IE", "IT", "JP", "NL", "NZ", "NO", "KR", "ES",
      "SE", "TW", "GB",
    ],
  },
  {
    name: GROUP_NAMES.d5,
    description:
      "US Country Group D:5, countries under a US arms embargo. It follows the State Department's ITAR §126.1 list, so membership changes when that list does (22 after Cambodia's removal on 3 Feb 2026).",
    source:
      "15 CFR Part 740, Supplement No. 1 (Country Groups), Country Group D, column D:5; ITAR 22 CFR §126.1.",
    sourceUrl:
      "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740",
    asOf: "2026-02-03",
    members: D5,
  },
  {
    name: GROUP_NAMES.tier3,
    description:
      "Tier 3 of the 2025 AI diffusion rule: the D:5 countries plus Macau, effectively barred from advanced US AI items. Rescinded with the rule; kept for what-if scenarios. Membership tracks D:5 as of its date.",
    source:
      "BIS interim final rule 'Framework for Artificial Intelligence Diffusion', 90 FR 4544 (15 Jan 2025): Country Group D:5 and Macau; D:5 membership as of 3 Feb 2026.",
    sourceUrl: FEDERAL_REGISTER_AI_DIFFUSION,
    asOf: "2026-02-03",
    members: [...D5, "MO"],
  },
];
