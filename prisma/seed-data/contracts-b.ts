/**
 * Contracts with non-US vendors and the Llama licence. Clause text is our own illustrative wording
 * (not copied from any agreement); the Alibaba Model Studio notice period follows its published
 * 30-day snapshot deprecation policy. The Aleph Alpha licence has expired (renewal pending).
 */
import { EU_MEMBER_STATES } from "../../lib/reference/cloud-regions";
import type { SeedContract } from "./types";

export const CONTRACTS_B: SeedContract[] = [
  {
    vendor: "Mistral AI",
    title: "Mistral AI Enterprise Agreement — La Plateforme",
    effectiveDate: "2025-02-01",
    expiryDate: "2027-01-31",
    governingLawCode: "FR",
    clauses: [
      {
        type: "DATA_RESIDENCY",
        heading: "6.1 EU hosting",
        text: "Provider will host and process Customer Data, including prompts and outputs, exclusively in data centres located in the European Union. Any change of hosting location outside the European Union requires Customer's prior written consent.",
        assessment: "ADEQUATE",
        places: [...EU_MEMBER_STATES],
      },
      {
        type: "SUBPROCESSOR_LOCATIONS",
        heading: "DPA Article 8 — Subprocessors",
        text: "Provider lists its subprocessors, their role and processing location in Annex 2. Provider will inform Customer of any intended addition or replacement at least thirty (30) days in advance, and Customer may object and terminate the affected services without penalty.",
        assessment: "ADEQUATE",
      },
      {
        type: "REGULATORY_INDEMNITY",
        heading: "11.3 EU AI Act obligations",
        text: "Provider warrants that it complies with the obligations applicable to providers of general-purpose AI models under Regulation (EU) 2024/1689, including technical documentation and information for downstream providers. Provider will indemnify Customer against fines and reasonable costs resulting from Provider's breach of those obligations, up to twice the annual fees.",
        assessment: "ADEQUATE",
      },
      {
        type: "DEPRECATION_NOTICE",
        heading: "4.4 Legacy models",
        text: "Provider may designate a model as legacy and retire it after giving Customer at least three (3) months' notice. Retired models remain available for self-hosting where their weights have been published under an open licence.",
        assessment: "WEAK",
      },
      {
        type: "GOVERNING_LAW",
        heading: "15 Governing law and jurisdiction",
        text: "This Agreement is governed by French law. Any dispute that cannot be settled amicably within thirty (30) days falls under the exclusive jurisdiction of the commercial courts of Paris.",
        assessment: "ADEQUATE",
      },
      {
        type: "TERMINATION_ASSISTANCE",
        heading: "14.5 Reversibility",
        text: "On termination, Provider will return Customer Data and any fine-tuned model artefacts within thirty (30) days in a standard format and then delete its copies. Further migration assistance is available at Provider's professional-services rates.",
        assessment: "NOT_ASSESSED",
      },
    ],
  },
  {
    vendor: "Cohere",
    title: "Cohere Enterprise Agreement",
    effectiveDate: "2024-06-01",
    expiryDate: "2027-05-31",
    governingLawCode: "CA",
    clauses: [
      {
        type: "EXPORT_CONTROL",
        heading: "10.1 Export controls",
        text: "Provider will notify Customer within ten (10) business days if any model supplied under this Agreement becomes subject to an export licence requirement in Canada, the United States or the European Union. The parties will then agree in good faith which deployments may continue and on what conditions.",
        assessment: "ADEQUATE",
      },
      {
        type: "SANCTIONS_SCREENING",
        heading: "10.3 Restricted parties",
        text: "Customer will not permit access to the Services by any person on a sanctions list applicable to Provider. Provider's own screening obligations are not stated.",
        assessment: "WEAK",
      },
      {
        type: "CHANGE_OF_LAW",
        heading: "13.2 Change in law",
        text: "If a change in law materially affects either party's ability to perform, the parties will negotiate in good faith for sixty (60) days to amend this Agreement. If no agreement is reached, either party may terminate the affected Order Form, but prepaid fees are not refunded.",
        assessment: "WEAK",
      },
      {
        type: "DEPRECATION_NOTICE",
        heading: "5.3 Model continuity",
        text: "Provider will give at least one hundred and eighty (180) days' notice before discontinuing any model version used by Customer in production. Where a successor model changes outputs materially, Provider will keep the prior version available for evaluation throughout the notice period.",
        assessment: "ADEQUATE",
      },
      {
        type: "AUDIT_RIGHTS",
        heading: "8 Security",
        text: "Provider maintains an information security programme consistent with industry standards. The Agreement grants no audit or inspection right to Customer or its regulators.",
        assessment: "MISSING",
      },
      {
        type: "GOVERNING_LAW",
        heading: "16.2 Governing law",
        text: "This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable there. The courts of Toronto have exclusive jurisdiction.",
        assessment: "NOT_ASSESSED",
      },
    ],
  },
  {
    vendor: "Aleph Alpha",
    title: "Aleph Alpha Luminous On-Premises Licence and Support",
    effectiveDate: "2023-04-01",
    expiryDate: "2025-12-31",
    governingLawCode: "DE",
    coverage: "LISTED_MODELS",
    coveredModels: ["Luminous Supreme"],
    clauses: [
      {
        type: "DATA_RESIDENCY",
        heading: "§3 Installation on customer premises",
        text: "The licensed models are installed and operated exclusively in Customer's own data centre in Frankfurt am Main. No Customer Data is transmitted to Licensor; remote support takes place only through sessions that Customer initiates and supervises.",
        assessment: "ADEQUATE",
        places: ["DE"],
      },
      {
        type: "EXPORT_CONTROL",
        heading: "§9 Export control",
        text: "Customer may not transfer the licensed model weights outside the European Union without Licensor's prior written consent. Licensor confirms that, at the effective date, the licensed software is not listed in Annex I to the EU Dual-Use Regulation.",
        assessment: "NOT_ASSESSED",
      },
      {
        type: "DEPRECATION_NOTICE",
        heading: "§6 Support lifecycle",
        text: "Licensor will support each major model release for at least twelve (12) months after the release of its successor and will announce the end of support six (6) months in advance. Support for the Luminous family was announced to end together with this licence.",
        assessment: "WEAK",
      },
      {
        type: "TERMINATION_ASSISTANCE",
        heading: "§12 Consequences of expiry",
        text: "On expiry, Customer must cease use and delete all copies of the licensed models within thirty (30) days. There is no transition period; continued use requires a renewed licence.",
        assessment: "WEAK",
      },
      {
        type: "AUDIT_RIGHTS",
        heading: "§10 Licence audit",
        text: "Licensor may verify Customer's compliance with the licence scope once per year on reasonable notice. Customer has the right to receive Licensor's security certifications but no right to audit Licensor.",
        assessment: "WEAK",
      },
      {
        type: "GOVERNING_LAW",
        heading: "§14 Applicable law, place of jurisdiction",
        text: "This licence is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods. The exclusive place of jurisdiction is Heidelberg.",
        assessment: "ADEQUATE",
      },
    ],
  },
  {
    vendor: "Meta",
    title: "Llama Community Licence — Acceptance Record",
    effectiveDate: "2024-07-23",
    expiryDate: null,
    governingLawCode: "US",
    coverage: "LISTED_MODELS",
    coveredModels: ["Llama 3.1 405B", "Llama 3.1 8B", "Llama 3.3 70B", "Llama 4 Maverick"],
    clauses: [
      {
        type: "DEPRECATION_NOTICE",
        heading: "Licence grant — downloaded copies",
        text: "The licensee receives a non-exclusive, worldwide, royalty-free licence to use, copy and modify the models it has downloaded. The licensor need not keep any model available for download, but withdrawing a model does not end the licence for copies already obtained, so self-hosted deployments face no retirement date.",
        assessment: "ADEQUATE",
      },
      {
        type: "EXPORT_CONTROL",
        heading: "Acceptable use — Trade compliance",
        text: "The licensee must use the models in compliance with applicable laws, including trade compliance laws. The licence gives no assistance in determining whether a use or destination requires an export licence.",
        assessment: "WEAK",
      },
      {
        type: "CHANGE_OF_LAW",
        heading: "Licence term and termination",
        text: "The licence continues until terminated. The licensor may terminate it if the licensee breaches its terms, after which the licensee must stop using and delete the models. There is no provision addressing changes in law affecting either party.",
        assessment: "MISSING",
      },
      {
        type: "REGULATORY_INDEMNITY",
        heading: "Disclaimer and limitation of liability",
        text: "The models are provided without warranties of any kind and the licensor accepts no liability for their use. The licensee indemnifies the licensor against claims arising from the licensee's use; nothing flows the other way.",
        assessment: "MISSING",
      },
      {
        type: "TERMINATION_ASSISTANCE",
        heading: "Effect of termination",
        text: "On termination the licensee must delete all copies of the models immediately. No wind-down period is granted, so a fallback model must be ready for every production deployment.",
        assessment: "WEAK",
      },
      {
        type: "GOVERNING_LAW",
        heading: "Governing law",
        text: "The licence is governed by the laws of the State of California, and the courts of California have exclusive jurisdiction. The UN Convention on Contracts for the International Sale of Goods does not apply.",
        assessment: "NOT_ASSESSED",
      },
    ],
  },
  {
    vendor: "Alibaba",
    title: "Alibaba Cloud Model Studio — International Service Terms",
    effectiveDate: "2025-06-01",
    expiryDate: "2027-05-31",
    governingLawCode: "SG",
    clauses: [
      {
        type: "SUSPENSION_FOR_LEGAL_REASONS",
        heading: "7.3 Suspension",
        text: "Provider may suspend or terminate the Services, in whole or in part, immediately and without notice if it considers this necessary to comply with any applicable law, regulation or government request. Provider is not liable for any loss arising from such suspension, and fees already paid are not refunded.",
        assessment: "WEAK",
      },
      {
        type: "DEPRECATION_NOTICE",
        heading: "Model Studio Terms 4.2 — Model snapshots",
        text: "Dated model snapshots may be retired on thirty (30) days' notice published in the console. Rolling model aliases may change behaviour without notice; stable versions receive up to three (3) months' notice.",
        assessment: "WEAK",
      },
      {
        type: "DATA_RESIDENCY",
        heading: "Model Studio Terms 3.1 — International deployment",
        text: "When Customer uses the international deployment, inference and storage take place in the Singapore region. Customer Data is not transferred to the Chinese mainland unless Customer selects a mainland deployment.",
        assessment: "ADEQUATE",
        places: ["SG"],
      },
      {
        type: "SANCTIONS_SCREENING",
        heading: "12.2 Compliance with trade laws",
        text: "Customer represents that it is not a sanctioned person and will not use the Services in a sanctioned country or region. Provider may screen Customer against lists it deems applicable.",
        assessment: "NOT_ASSESSED",
      },
      {
        type: "CHANGE_OF_LAW",
        heading: "15.1 Amendments",
        text: "Provider may amend these terms, including to reflect changes in law, by posting updated terms on its website. Continued use after the effective date of an amendment constitutes acceptance. Customer has no corresponding right to terminate without charge.",
        assessment: "WEAK",
      },
      {
        type: "GOVERNING_LAW",
        heading: "17 Governing law and arbitration",
        text: "These terms are governed by the laws of Singapore. Disputes are finally resolved by arbitration administered by the Singapore International Arbitration Centre, seated in Singapore, in English.",
        assessment: "ADEQUATE",
      },
    ],
  },
];
