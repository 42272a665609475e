/**
 * Contracts with the US model vendors and the Azure channel. Clause text is our own illustrative
 * wording (not copied from any agreement); notice periods follow the vendors' published deprecation
 * policies (OpenAI ≥ 6 months for GA models, Anthropic ≥ 60 days, Azure OpenAI ≥ 12 months'
 * availability with ≥ 60 days' notice).
 */
import { EU_MEMBER_STATES } from "../../lib/reference/cloud-regions";
import type { SeedContract } from "./types";

export const CONTRACTS_A: SeedContract[] = [
  {
    vendor: "OpenAI",
    title: "OpenAI Enterprise Services Agreement",
    effectiveDate: "2024-03-01",
    expiryDate: "2027-02-28",
    governingLawCode: "US",
    clauses: [
      {
        type: "DEPRECATION_NOTICE",
        heading: "7.2 Model retirement",
        text: "Provider will give Customer at least six (6) months' written notice before retiring any generally available model version used under an Order Form. Specialised or preview variants may be retired on three (3) months' notice. During the notice period Provider will keep the retiring model available at the contracted price.",
        assessment: "ADEQUATE",
      },
      {
        type: "EXPORT_CONTROL",
        heading: "12.4 Trade controls",
        text: "Customer is solely responsible for ensuring that its use of the Services, and any access by its Users, complies with applicable export control laws. Provider may restrict access to the Services from any country or territory it does not support, as listed on its website from time to time.",
        assessment: "WEAK",
      },
      {
        type: "DATA_RESIDENCY",
        heading: "5.6 Regional storage",
        text: "For projects that Customer designates as EU-resident, Provider will store Customer Content at rest in the European Economic Area. Inference processing location is not guaranteed unless a regional processing option is separately ordered.",
        assessment: "WEAK",
        places: [...EU_MEMBER_STATES, "IS", "LI", "NO"],
      },
      {
        type: "CHANGE_OF_LAW",
        heading: "14.3 Termination for convenience",
        text: "Either party may terminate this Agreement for convenience on ninety (90) days' written notice. Fees for committed usage already invoiced are non-refundable. The Agreement contains no separate right to terminate or re-scope if a change in law restricts Customer's use of a model in a jurisdiction.",
        assessment: "MISSING",
      },
      {
        type: "AUDIT_RIGHTS",
        heading: "9.1 Security reports",
        text: "On request, and no more than once per year, Provider will make available its most recent third-party security attestation report. Customer may submit a reasonable written security questionnaire. No on-site audit right is granted to Customer or its regulators.",
        assessment: "WEAK",
      },
      {
        type: "GOVERNING_LAW",
        heading: "16.1 Governing law and venue",
        text: "This Agreement is governed by the laws of the State of California, excluding its conflict-of-laws rules. The state and federal courts located in San Francisco County have exclusive jurisdiction over any dispute arising out of this Agreement.",
        assessment: "NOT_ASSESSED",
      },
    ],
  },
  {
    vendor: "Anthropic",
    title: "Anthropic Commercial Terms — Enterprise Order Form",
    effectiveDate: "2024-09-15",
    expiryDate: "2026-12-31",
    governingLawCode: "US",
    clauses: [
      {
        type: "DEPRECATION_NOTICE",
        heading: "4.5 Model deprecation",
        text: "Provider will notify Customer at least sixty (60) days before a publicly released model is retired from the API. Provider will identify a recommended successor model in the notice. Customer's target of 180 days' notice for business-critical workloads is not met.",
        assessment: "WEAK",
      },
      {
        type: "SUSPENSION_FOR_LEGAL_REASONS",
        heading: "8.2 Suspension to comply with law",
        text: "Provider may suspend access to the Services, in whole or for specific Users or locations, where required to comply with applicable law. Provider will give Customer prior written notice where legally permitted and will restore access promptly once the reason for suspension ends. Fees for the suspended Services are not charged during the suspension.",
        assessment: "ADEQUATE",
      },
      {
        type: "SANCTIONS_SCREENING",
        heading: "12.1 Sanctions representations",
        text: "Each party represents that it is not, and is not owned or controlled by, a person subject to sanctions administered by the United States, the United Kingdom or the European Union. Each party will screen its own personnel and end users against applicable restricted-party lists and notify the other promptly of any change.",
        assessment: "ADEQUATE",
      },
      {
        type: "SUBPROCESSOR_LOCATIONS",
        heading: "Data Processing Addendum, Annex 3",
        text: "Provider maintains a list of its subprocessors and the countries in which they process Customer Personal Data. Provider will give thirty (30) days' notice of a new subprocessor, during which Customer may object on reasonable data-protection grounds and, if unresolved, terminate the affected Services.",
        assessment: "ADEQUATE",
      },
      {
        type: "REGULATORY_INDEMNITY",
        heading: "10.1 Provider indemnity",
        text: "Provider will defend Customer against third-party claims alleging that authorised use of the Services infringes intellectual property rights. The indemnity does not extend to fines, penalties or remediation costs arising from a regulator's finding about the model or the Services.",
        assessment: "MISSING",
      },
      {
        type: "GOVERNING_LAW",
        heading: "13.4 Governing law",
        text: "These Terms are governed by the laws of the State of California. Disputes are resolved exclusively in the state or federal courts located in San Francisco, California.",
        assessment: "NOT_ASSESSED",
      },
    ],
  },
  {
    vendor: "Microsoft",
    title: "Microsoft Customer Agreement — Azure OpenAI Service and FSI Amendment",
    effectiveDate: "2023-07-01",
    expiryDate: null,
    governingLawCode: "IE",
    coverage: "MODEL_SERVICE",
    clauses: [
      {
        type: "DEPRECATION_NOTICE",
        heading: "Product Terms — Model availability",
        text: "Generally available model versions remain available for at least twelve (12) months from their general-availability date. Microsoft will give at least sixty (60) days' notice before retiring a model version and will publish retirement dates in advance. Upgrades of deployments set to auto-update follow the same notice.",
        assessment: "ADEQUATE",
      },
      {
        type: "DATA_RESIDENCY",
        heading: "Product Terms — Processing location by deployment type",
        text: "For Standard deployments, prompts and completions are processed within the geography of the resource. For Data Zone deployments, processing stays within the selected data zone (European Union or United States). Global deployments may process prompts in any Azure location; data at rest stays in the resource's geography in every case.",
        assessment: "ADEQUATE",
      },
      {
        type: "SUBPROCESSOR_LOCATIONS",
        heading: "Data Protection Addendum — Subprocessors",
        text: "Microsoft publishes the subprocessors it may engage and their locations and will give at least six (6) months' notice of a new subprocessor with access to Customer Data. Customer may terminate the affected Online Service without penalty if it objects to a new subprocessor.",
        assessment: "ADEQUATE",
      },
      {
        type: "AUDIT_RIGHTS",
        heading: "FSI Amendment 3 — Regulator and customer audit",
        text: "Customer, its auditors and any competent financial-services regulator may audit Microsoft's provision of the Online Services, including on-site where the regulator requires it. Microsoft will provide reasonable assistance and access to relevant records, subject to confidentiality and security controls.",
        assessment: "ADEQUATE",
      },
      {
        type: "TERMINATION_ASSISTANCE",
        heading: "FSI Amendment 6 — Exit support",
        text: "On expiry or termination, Customer may extend use of the Online Services for up to twelve (12) months to complete a transition, at the then-current rates. Customer Data remains retrievable for ninety (90) days after the end of the extension.",
        assessment: "ADEQUATE",
      },
      {
        type: "CHANGE_OF_LAW",
        heading: "FSI Amendment 7 — Regulatory termination",
        text: "Customer may terminate an Online Service on written notice if a regulator directs it to, or if a change in applicable law makes continued use unlawful for Customer. No early-termination fee applies, and prepaid unused amounts are refunded pro rata.",
        assessment: "ADEQUATE",
      },
    ],
  },
  {
    vendor: "Google",
    title: "Google Cloud Master Agreement — Vertex AI Generative AI Services",
    effectiveDate: "2024-01-15",
    expiryDate: "2027-01-14",
    governingLawCode: "IE",
    coverage: "MODEL_SERVICE",
    clauses: [
      {
        type: "DATA_RESIDENCY",
        heading: "Service Specific Terms — Data location",
        text: "When Customer calls a regional or multi-regional endpoint, Google will store and process Customer Data for that request only in the selected location. The commitment does not apply to requests sent to the global endpoint, where processing may occur in any location Google operates.",
        assessment: "ADEQUATE",
      },
      {
        type: "DEPRECATION_NOTICE",
        heading: "Service Specific Terms — Model versions",
        text: "Stable model versions are available until the discontinuation date published on the model versions page. Google will give reasonable advance notice of a discontinuation. No minimum notice period is stated.",
        assessment: "WEAK",
      },
      {
        type: "CHANGE_OF_LAW",
        heading: "9.3 Termination for regulatory reasons",
        text: "Either party may terminate the affected Services on sixty (60) days' notice if a change in law or a binding regulatory decision makes their provision or use unlawful. Fees committed for the terminated Services after the termination date are released.",
        assessment: "ADEQUATE",
      },
      {
        type: "REGULATORY_INDEMNITY",
        heading: "13.2 Indemnity for compliance breach",
        text: "Google will indemnify Customer for fines imposed by a data-protection authority to the extent caused by Google's breach of its processing obligations. This indemnity is subject to the general liability cap of twelve months' fees.",
        assessment: "WEAK",
      },
      {
        type: "SANCTIONS_SCREENING",
        heading: "15.4 Export and sanctions compliance",
        text: "Each party will comply with export control and sanctions laws applicable to it. Google screens Customer and its billing accounts against restricted-party lists and will notify Customer before restricting any account, unless prohibited by law.",
        assessment: "ADEQUATE",
      },
      {
        type: "TERMINATION_ASSISTANCE",
        heading: "19.7 Transition term",
        text: "On expiry, Customer may continue to use the Services for a transition term of up to twelve (12) months on the terms then in effect. Google will make Customer Data available for export in a commonly used format throughout the transition term.",
        assessment: "ADEQUATE",
      },
    ],
  },
  {
    vendor: "Amazon",
    title: "AWS Enterprise Agreement — Amazon Bedrock Addendum",
    effectiveDate: "2023-10-01",
    expiryDate: "2028-09-30",
    governingLawCode: "GB",
    coverage: "MODEL_SERVICE",
    clauses: [
      {
        type: "DATA_RESIDENCY",
        heading: "Bedrock Addendum 2.1 — Inference location",
        text: "Requests sent to a model in a single Region are processed in that Region. Requests sent through a cross-region inference profile may be processed in any Region within the geography of that profile. Customer is responsible for selecting the Region or profile that meets its residency obligations.",
        assessment: "WEAK",
      },
      {
        type: "SUBPROCESSOR_LOCATIONS",
        heading: "Bedrock Addendum 2.4 — Third-party model providers",
        text: "Third-party model providers whose models are offered through the service do not receive Customer's prompts or outputs. AWS operates the model deployments within its own infrastructure and lists its subprocessors and their locations in the data processing addendum.",
        assessment: "ADEQUATE",
      },
      {
        type: "AUDIT_RIGHTS",
        heading: "Financial Services Addendum 4 — Audit",
        text: "Customer and its regulators may audit AWS's compliance with this Agreement through AWS's audit programme, including regulator visits to AWS facilities where required by law. AWS will provide reasonable assistance and access to personnel at no additional charge once per year.",
        assessment: "ADEQUATE",
      },
      {
        type: "DEPRECATION_NOTICE",
        heading: "Bedrock Addendum 3.2 — Model lifecycle",
        text: "AWS may move a model to legacy status and later end its availability. AWS will give at least ninety (90) days' notice before a model reaches end of life. The notice period for third-party models depends on the model provider's own deprecation policy.",
        assessment: "WEAK",
      },
      {
        type: "SUSPENSION_FOR_LEGAL_REASONS",
        heading: "6.1 Temporary suspension",
        text: "AWS may suspend Customer's use of a service if the use poses a security risk or may subject AWS to liability, including under applicable law. AWS will give notice where practicable and limit the suspension to the affected resources. Fees continue to accrue during a suspension caused by Customer's breach.",
        assessment: "WEAK",
      },
      {
        type: "EXPORT_CONTROL",
        heading: "10.2 Trade compliance",
        text: "Each party will comply with all export and re-export laws applicable to its activities under this Agreement. Customer will not transfer Content or model outputs to destinations or persons prohibited by those laws.",
        assessment: "NOT_ASSESSED",
      },
    ],
  },
];
