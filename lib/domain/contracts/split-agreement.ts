/**
 * Splits an agreement's plain text into clauses at its numbered headings ("1.", "4.2", "4.2.1",
 * "(a)", "Section 4.2", "Clause 7", "Article 3"), and suggests each clause's type from its heading
 * and text. The user reviews and confirms every suggestion before anything is saved.
 */
import { CLAUSE_TYPES, type ClauseType } from "@/lib/domain/types";

export interface SplitClause {
  /** the heading's number as written, e.g. "4.2", "(a)", "Section 7" */
  label: string;
  heading: string;
  text: string;
  suggestedType: ClauseType | null;
}

export interface SplitResult {
  /** text before the first heading (parties, recitals) */
  preamble: string;
  clauses: SplitClause[];
}

// A heading starts a line: a number such as "4." or "4.2" (parts of up to 3 digits), a letter or
// roman numeral in brackets, or a word such as "Section" before a number. What follows must start
// with a capital letter or an opening quote, so "1.5 million" or "(a) and (b)" mid-sentence don't split.
const HEADING =
  /^\s*((?:(?:section|clause|article)\s+\d{1,3}(?:\.\d{1,3})*\.?)|(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+)|(?:\([a-z]{1,4}\)))\s+(?=["“A-Z])(.*)$/i;
const WORD_HEADING = /^(section|clause|article)\s/i;
const MAX_HEADING = 100;

function splitHeadingLine(rest: string): { title: string; body: string } {
  const trimmed = rest.trim();
  const sentence = /[.;]$/.test(trimmed) && trimmed.split(/\s+/).length > 5;
  if (trimmed.length <= MAX_HEADING && !/[.;:]\s+\S/.test(trimmed) && !sentence)
    return { title: trimmed.replace(/[.:]$/, ""), body: "" };
  // "Export control. The Provider shall…": the first short phrase ending in a full stop is the title
  const m = /^([^.;:]{1,80})[.:]\s+(.*)$/s.exec(trimmed);
  if (m && !/\s(shall|must|may|will)\s/i.test(m[1])) return { title: m[1].trim(), body: m[2] };
  return { title: "", body: trimmed };
}

function isLettered(label: string) {
  return label.startsWith("(");
}

const KEYWORDS: Record<ClauseType, string[]> = {
  EXPORT_CONTROL: ["export control", "export", "ear", "itar", "dual-use", "eccn", "re-export"],
  SANCTIONS_SCREENING: ["sanction", "ofac", "denied part", "restricted part", "embargo"],
  DATA_RESIDENCY: [
    "data residency",
    "residency",
    "localisation",
    "localization",
    "stored in",
    "data location",
    "processing location",
  ],
  SUBPROCESSOR_LOCATIONS: ["sub-processor", "subprocessor", "sub processor", "subcontract"],
  CHANGE_OF_LAW: [
    "change of law",
    "change in law",
    "regulatory change",
    "changes in applicable law",
  ],
  SUSPENSION_FOR_LEGAL_REASONS: ["suspend", "suspension"],
  DEPRECATION_NOTICE: [
    "deprecat",
    "retire",
    "end of life",
    "discontinu",
    "model availability",
    "service availability",
  ],
  AUDIT_RIGHTS: ["audit", "inspection", "right to inspect"],
  REGULATORY_INDEMNITY: ["indemn", "hold harmless"],
  GOVERNING_LAW: ["governing law", "jurisdiction", "venue", "courts of", "governed by"],
  TERMINATION_ASSISTANCE: [
    "termination assistance",
    "transition",
    "exit plan",
    "exit strategy",
    "migration assistance",
  ],
};

function countHits(haystack: string, needle: string): number {
  const pattern = new RegExp(`\\b${needle.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&")}`, "gi");
  return haystack.match(pattern)?.length ?? 0;
}

/** The clause type whose words appear most (a heading's words count three times), or null. */
export function suggestClauseType(heading: string, text: string): ClauseType | null {
  let best: ClauseType | null = null;
  let bestScore = 0;
  for (const type of CLAUSE_TYPES) {
    let s = 0;
    for (const word of KEYWORDS[type]) s += 3 * countHits(heading, word) + countHits(text, word);
    if (s > bestScore) [best, bestScore] = [type, s];
  }
  return best;
}

export function splitAgreement(source: string): SplitResult {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const preamble: string[] = [];
  const clauses: { label: string; heading: string; body: string[] }[] = [];
  let parent = "";
  for (const line of lines) {
    const m = HEADING.exec(line);
    if (!m) {
      (clauses.at(-1)?.body ?? preamble).push(line);
      continue;
    }
    const raw = m[1].replace(/\s+/g, " ").trim();
    const number = raw.replace(/^(section|clause|article)\s+/i, "").replace(/\.$/, "");
    const label = isLettered(raw)
      ? `${parent}${raw}`
      : WORD_HEADING.test(raw)
        ? raw.replace(/\.$/, "")
        : number;
    if (!isLettered(raw)) parent = number;
    const { title, body } = splitHeadingLine(m[2]);
    clauses.push({ label, heading: title, body: body ? [body] : [] });
  }
  let parentType: ClauseType | null = null;
  return {
    preamble: tidy(preamble),
    clauses: clauses.map((c) => {
      const text = tidy(c.body);
      const heading = c.heading ? `${c.label} ${c.heading}` : c.label;
      const own = suggestClauseType(c.heading, text);
      // a lettered sub-clause with no words of its own continues its parent's subject
      const lettered = c.label.endsWith(")");
      const suggestedType = own ?? (lettered ? parentType : null);
      if (!lettered) parentType = own;
      return { label: c.label, heading, text, suggestedType };
    }),
  };
}

/** Joins lines into paragraphs: single line breaks inside a paragraph become spaces. */
function tidy(lines: string[]): string {
  return lines
    .join("\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
