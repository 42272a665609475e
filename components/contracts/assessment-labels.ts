export const ASSESSMENT_LABELS: Record<string, string> = {
  ADEQUATE: "Adequate",
  WEAK: "Weak",
  MISSING: "Missing",
  NOT_ASSESSED: "Not assessed",
};
