/**
 * The scenario being viewed travels in the URL (?scenario=) so that a shared link shows what its
 * sender saw, and every in-app link carries it on (components/shell/scenario-link-keeper.tsx).
 */
export const SCENARIO_PARAM = "scenario";

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
  if (!scenarioId) return null;
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || UNTOUCHED.test(url.pathname) || url.searchParams.has(SCENARIO_PARAM))
    return null;
  url.searchParams.set(SCENARIO_PARAM, scenarioId);
  return `${url.pathname}${url.search}${url.hash}`;
}
