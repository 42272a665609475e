/** Enum words read as words: "LICENCE_REQUIRED" → "Licence required", "NO_CONTRACT" → "No contract". */
export function words(code: string): string {
  const s = code.toLowerCase().replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ROUTES: Record<string, string> = {
  SAME_PROVIDER: "on the same provider",
  VENDOR_API: "through its vendor’s API",
  ON_PREMISES: "on premises",
};

export const routeWords = (route: string) => ROUTES[route] ?? words(route);
