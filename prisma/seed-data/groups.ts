/**
 * Public country groupings the built-in scenarios refer to by name. Each says what it is (law in
 * force, a rescinded rule kept as a what-if, a public reference list), where its membership comes
 * from, as of when, and when it was last checked: groups defined by law (D:5) change when the
 * underlying list does.
 */
import type { SeedGroup } from "./types";

const FEDERAL_REGISTER_AI_DIFFUSION =
  "https://www.federalregister.gov/documents/2025/01/15/2025-00636/framework-for-artificial-intelligence-diffusion";

/** Checked against shared/domain-facts.md (the project's verified fact base) on this date. */
export const CHECKED_ON = "2026-12-02";

/**
 * US export rules have treated Hong Kong as China since 23 Dec 2020 (EO 13936; BIS final rule 85
 * FR 83765). ISO gives it its own code, so every group naming China for export purposes lists it.
 */
export const HONG_KONG_AS_CHINA =
  "Hong Kong (HK) is listed because US export rules have treated it as China since 23 Dec 2020 (Executive Order 13936; BIS final rule 85 FR 83765).";
export const HK_RULE_URL =
  "https://www.federalregister.gov/documents/2020/12/23/2020-28031/removal-of-hong-kong-as-a-separate-destination-under-the-export-administration-regulations";

/** OFAC's comprehensively sanctioned countries; the Crimea, DNR and LNR regions have no ISO code. */
export const US_COMPREHENSIVE_SANCTIONS = ["CU", "IR", "KP", "SY"] as const;

// prettier-ignore
const D5 = [
  "AF", "BY", "MM", "CF", "CN", "CD", "CU", "ER", "HT", "IR", "IQ", "KP", "LB", "LY", "NI", "RU",
  "SO", "SS", "SD", "SY", "VE", "ZW", "HK",
];

/**
 * D:5's history as an example of a membership that changed: Cambodia was added on 9 Dec 2021
 * (BIS, 86 FR 70015, with the State Department's arms embargo) and removed on 3 Feb 2026 (BIS
 * conforming change for Cambodia; shared/domain-facts.md). validTo is the first day it no longer
 * applies.
 */
export const CAMBODIA_IN_D5 = {
  code: "KH",
  validFrom: "2021-12-09",
  validTo: "2026-02-03",
  source:
    "https://www.federalregister.gov/documents/2021/12/09/2021-26633/revision-of-controls-for-cambodia-under-the-export-administration-regulations",
} as const;

export const GROUP_NAMES = {
  g7: "G7",
  fiveEyes: "Five Eyes",
  nato: "NATO",
  eu: "EU-27",
  tier1: "AI diffusion Tier 1 (rescinded 2025 rule)",
  d5: "US arms-embargoed (D:5)",
  tier3: "AI diffusion Tier 3 (rescinded 2025 rule)",
  sanctions: "US comprehensive sanctions",
} as const;

export const GROUPS: SeedGroup[] = [
  {
    name: GROUP_NAMES.g7,
    description:
      "Group of Seven. The European Union takes part as a non-enumerated member and is NOT listed here: its 27 member states (other than France, Germany and Italy) are left out, so a rule naming the G7 does not cover them. Every G7 member is also in AI diffusion Tier 1.",
    source:
      "G7 members: Canada, France, Germany, Italy, Japan, the United Kingdom and the United States; the EU participates without being enumerated (European Council, 'G7').",
    sourceUrl: "https://www.consilium.europa.eu/en/policies/g7/",
    asOf: "2026-01-01",
    legalStatus: "REFERENCE_LIST",
    checkedOn: CHECKED_ON,
    members: ["CA", "FR", "DE", "IT", "JP", "GB", "US"],
  },
  {
    name: GROUP_NAMES.fiveEyes,
    description:
      "UKUSA intelligence-sharing alliance. A common shorthand for the narrowest 'trusted partner' circle.",
    source:
      "UKUSA Agreement parties (Five Eyes Intelligence Oversight and Review Council members).",
    sourceUrl:
      "https://www.dni.gov/index.php/ncsc-how-we-work/217-about/organization/icig-pages/2660-icig-fiorc",
    asOf: "2026-01-01",
    legalStatus: "REFERENCE_LIST",
    checkedOn: CHECKED_ON,
    members: ["AU", "CA", "NZ", "GB", "US"],
  },
  {
    name: GROUP_NAMES.nato,
    description:
      "North Atlantic Treaty Organization, 32 members (Finland joined in 2023, Sweden in 2024). Nineteen members sit outside AI diffusion Tier 1.",
    source: "NATO, 'NATO member countries'.",
    sourceUrl: "https://www.nato.int/cps/en/natohq/topics_52044.htm",
    asOf: "2024-03-07",
    legalStatus: "REFERENCE_LIST",
    checkedOn: CHECKED_ON,
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
    legalStatus: "REFERENCE_LIST",
    checkedOn: CHECKED_ON,
    // prettier-ignore
    members: [
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
      "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ],
  },
  {
    name: GROUP_NAMES.tier1,
    description:
      "Rescinded rule, kept as a what-if. Tier 1 of the US 'Framework for Artificial Intelligence Diffusion': no new licence needs. BIS announced on 13 May 2025, before the compliance date, that it would not enforce the rule, so this group serves what-if scenarios, not current law.",
    source:
      "BIS interim final rule 'Framework for Artificial Intelligence Diffusion', 90 FR 4544 (15 Jan 2025), Supplement No. 5 to Part 740 (the AI Authorization countries); rescinded by BIS announcement of 13 May 2025.",
    sourceUrl: FEDERAL_REGISTER_AI_DIFFUSION,
    asOf: "2025-01-15",
    legalStatus: "RESCINDED",
    checkedOn: CHECKED_ON,
    // prettier-ignore
    members: [
      "US", "AU", "BE", "CA", "DK", "FI", "FR", "DE", "IE", "IT", "JP", "NL", "NZ", "NO", "KR", "ES",
      "SE", "TW", "GB",
    ],
  },
  {
    name: GROUP_NAMES.d5,
    description:
      "Law in force. US Country Group D:5, countries under a US arms embargo. It follows the State Department's ITAR §126.1 list, so membership changes when that list does (22 countries after Cambodia's removal on 3 Feb 2026). Hong Kong is listed as a 23rd code because US export rules treat it as China.",
    source: `15 CFR Part 740, Supplement No. 1 (Country Groups), Country Group D, column D:5; ITAR 22 CFR §126.1. ${HONG_KONG_AS_CHINA}`,
    sourceUrl:
      "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740",
    asOf: "2026-02-03",
    legalStatus: "IN_FORCE",
    checkedOn: CHECKED_ON,
    members: D5,
    history: [CAMBODIA_IN_D5],
  },
  {
    name: GROUP_NAMES.tier3,
    description:
      "Rescinded rule, kept as a what-if. Tier 3 of the 2025 AI diffusion rule: the D:5 countries (Hong Kong included, as China) plus Macau, effectively barred from controlled AI model weights. Membership tracks D:5 as of its date.",
    source: `BIS interim final rule 'Framework for Artificial Intelligence Diffusion', 90 FR 4544 (15 Jan 2025): Country Group D:5 and Macau; D:5 membership as of 3 Feb 2026. ${HONG_KONG_AS_CHINA}`,
    sourceUrl: FEDERAL_REGISTER_AI_DIFFUSION,
    asOf: "2026-02-03",
    legalStatus: "RESCINDED",
    checkedOn: CHECKED_ON,
    members: [...D5, "MO"],
  },
  {
    name: GROUP_NAMES.sanctions,
    description:
      "Law in force. Countries under comprehensive US sanctions (OFAC): Cuba, Iran, North Korea and Syria. Known limit: the Crimea region and the so-called DNR and LNR regions of Ukraine are also comprehensively sanctioned, but they have no ISO code of their own, so a country-level rule cannot express them — check deployments serving Ukraine by hand. Syria is kept in this list, but note: Executive Order 14312 of 30 Jun 2025 (90 FR 29395) ended the Syria sanctions programme from 1 Jul 2025, while export controls on Syria (E:1, D:5) remain. To follow the order, give Syria's membership an end date of 2025-07-01 (the member-list import takes an effective date).",
    source:
      "US Treasury, OFAC sanctions programs (Cuban Assets Control Regulations, Iranian Transactions and Sanctions Regulations, North Korea Sanctions Regulations, Syrian Sanctions Regulations); Country Groups E:1 (IR, KP, SY) and E:2 (CU), 15 CFR Part 740 Supplement No. 1.",
    sourceUrl: "https://ofac.treasury.gov/sanctions-programs-and-country-information",
    asOf: "2026-02-03",
    legalStatus: "IN_FORCE",
    checkedOn: CHECKED_ON,
    members: [...US_COMPREHENSIVE_SANCTIONS],
  },
];
