import type { Band } from "@/lib/domain/bands";
import type { Outcome } from "@/lib/domain/types";

/**
 * The one palette of access outcomes and risk bands (Okabe–Ito based, colour-blind safe), shared
 * by the matrix, the overview's charts and the report. app/globals.css declares the same colours
 * as Tailwind theme variables (palette.test.ts keeps the two equal). "Critical" is Paul Tol's wine,
 * not the vermillion of "restricted": a band and an outcome must never read as the same thing.
 */
export const OUTCOME_COLOR: Record<Outcome, string> = {
  ALLOWED: "#009e73",
  LICENCE_REQUIRED: "#f0e442",
  RESTRICTED: "#d55e00",
  PROHIBITED: "#7b2d8e",
};

export const BAND_COLOR: Record<Band, string> = {
  LOW: "#009e73",
  MEDIUM: "#f0e442",
  HIGH: "#e69f00",
  CRITICAL: "#882255",
};

/** Text on a band's colour, at least 4.5:1. */
export const BAND_TEXT: Record<Band, string> = {
  LOW: "#18181b",
  MEDIUM: "#18181b",
  HIGH: "#18181b",
  CRITICAL: "#ffffff",
};

/** The CSS variable names app/globals.css declares for each colour above. */
export const CSS_VARIABLES: Record<string, string> = {
  "--color-outcome-allowed": OUTCOME_COLOR.ALLOWED,
  "--color-outcome-licence": OUTCOME_COLOR.LICENCE_REQUIRED,
  "--color-outcome-restricted": OUTCOME_COLOR.RESTRICTED,
  "--color-outcome-prohibited": OUTCOME_COLOR.PROHIBITED,
  "--color-band-low": BAND_COLOR.LOW,
  "--color-band-medium": BAND_COLOR.MEDIUM,
  "--color-band-high": BAND_COLOR.HIGH,
  "--color-band-critical": BAND_COLOR.CRITICAL,
};
