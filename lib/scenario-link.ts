/**
 * The scenario being viewed travels in the URL (?scenario=) so that a shared link shows what its
 * sender saw, and every in-app link carries it on (components/shell/scenario-link-keeper.tsx).
 */
export const SCENARIO_PARAM = "scenario";
/** The evaluation date (?asOf=YYYY-MM-DD) travels the same way; absent means today. */
export const AS_OF_PARAM = "asOf";

/** Paths a link must not add the scenario to: signing in and out, and the auth endpoints. */
const UNTOUCHED = /^\/(login|api\/auth)(\/|$)/;

/**
 * `href` (same-origin path, with query and hash) carrying `scenarioId`, unless it names a
 * scenario itself, leaves the app, or is one of the untouched paths; null when it stays as it is.
 */
export function withScenario(
  href: string,
  scenarioId: string | null,
  origin: string,
): string | null {
  return withViewParams(href, { [SCENARIO_PARAM]: scenarioId }, origin);
}

/**
 * `href` carrying each view parameter it does not set itself (the scenario, the "as of" date);
 * null when it stays as it is.
 */
export function withViewParams(
  href: string,
  params: Record<string, string | null>,
  origin: string,
): string | null {
  const carried = Object.entries(params).filter(([, value]) => value);
  if (!carried.length) return null;
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || UNTOUCHED.test(url.pathname)) return null;
  const missing = carried.filter(([name]) => !url.searchParams.has(name));
  if (!missing.length) return null;
  for (const [name, value] of missing) url.searchParams.set(name, value!);
  return `${url.pathname}${url.search}${url.hash}`;
}
