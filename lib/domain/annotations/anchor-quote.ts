/**
 * Where an annotation's quote stands in a clause's (possibly edited) text. An annotation keeps two
 * W3C Web Annotation selectors: a TextQuoteSelector (exact quote + up to 32 characters either side)
 * and a TextPositionSelector (start, end). Re-anchoring follows the approach of the Hypothesis
 * client: an exact occurrence of the quote first (the context tells repeated phrases apart), else an
 * approximate match (approx-string-match) scored by quote, prefix and suffix similarity and nearness
 * to the old position. Unlike Hypothesis we never anchor to a weak match: a note pinned to the wrong
 * words of a contract misleads more than a "detached" note that shows its quote (decision 0010).
 */
import search from "approx-string-match";

export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface Anchor {
  start: number;
  end: number;
}

/** Scoring weights (Hypothesis's: quote 50, prefix 20, suffix 20, position 2). */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
/** An approximate match needs at least this share of the quote's characters right. */
export const MIN_QUOTE_SIMILARITY = 0.75;

/** The selectors for text[start, end), trimmed of surrounding whitespace. */
export function describeQuote(text: string, start: number, end: number): QuoteSelector {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
    suffix: text.slice(e, e + CONTEXT_LENGTH),
    start: s,
    end: e,
  };
}

/** 1 when `pattern` occurs in `text` unchanged, falling towards 0 with each edit needed. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  const found = search(text, pattern, pattern.length);
  const errors = found.length === 0 ? pattern.length : Math.min(...found.map((m) => m.errors));
  return 1 - errors / pattern.length;
}

function score(text: string, sel: QuoteSelector, start: number, end: number, errors: number) {
  const quote = sel.exact.length === 0 ? 1 : 1 - errors / sel.exact.length;
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  const nearness = 1 - Math.min(1, Math.abs(start - sel.start) / Math.max(1, text.length));
  return (
    WEIGHT.quote * quote +
    WEIGHT.prefix * similarity(before, sel.prefix) +
    WEIGHT.suffix * similarity(after, sel.suffix) +
    WEIGHT.position * nearness
  );
}

function exactOccurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) starts.push(i);
  return starts;
}

/** The quote's place in `text`, or null when the text no longer contains it ("detached"). */
export function anchorQuote(text: string, sel: QuoteSelector): Anchor | null {
  if (sel.exact.length === 0) return null;
  const exact = exactOccurrences(text, sel.exact);
  const candidates =
    exact.length > 0
      ? exact.map((start) => ({ start, end: start + sel.exact.length, errors: 0 }))
      : search(text, sel.exact, Math.min(256, Math.floor(sel.exact.length / 2))).filter(
          (m) => 1 - m.errors / sel.exact.length >= MIN_QUOTE_SIMILARITY,
        );
  let best: (Anchor & { score: number }) | null = null;
  for (const c of candidates) {
    const s = score(text, sel, c.start, c.end, c.errors);
    if (!best || s > best.score) best = { start: c.start, end: c.end, score: s };
  }
  return best && { start: best.start, end: best.end };
}
