/**
 * A readable before/after diff of two audit snapshots (plain JSON objects): only the fields that
 * changed, old → new, with arrays shown as items added and removed. Bookkeeping fields that change
 * on every write (version, timestamps) and secrets are left out.
 */
export type DiffEntry =
  | { kind: "value"; field: string; from: string | null; to: string | null }
  | { kind: "list"; field: string; added: string[]; removed: string[] };

const IGNORED = new Set(["version", "createdAt", "updatedAt", "passwordHash"]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function asRecord(value: unknown): Record<string, Json> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : {};
}

/** One value as text; null for "not set". */
export function formatValue(value: Json | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

const same = (a: Json | undefined, b: Json | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function diffRecords(before: unknown, after: unknown): DiffEntry[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (f) => !IGNORED.has(f),
  );
  const entries: DiffEntry[] = [];
  for (const field of fields) {
    const from = b[field];
    const to = a[field];
    if (same(from, to)) continue;
    if (Array.isArray(from) || Array.isArray(to)) {
      const oldItems = (Array.isArray(from) ? from : []).map((x) => formatValue(x) ?? "");
      const newItems = (Array.isArray(to) ? to : []).map((x) => formatValue(x) ?? "");
      entries.push({
        kind: "list",
        field,
        added: newItems.filter((x) => !oldItems.includes(x)),
        removed: oldItems.filter((x) => !newItems.includes(x)),
      });
      continue;
    }
    const entry: DiffEntry = { kind: "value", field, from: formatValue(from), to: formatValue(to) };
    // "" → null is no visible change
    if (entry.from !== entry.to) entries.push(entry);
  }
  return entries;
}

/** Text longer than `max` characters split into what is shown and the rest (for "show more"). */
export function truncate(text: string, max = 120): { head: string; rest: string } {
  if (text.length <= max) return { head: text, rest: "" };
  const cut = text.lastIndexOf(" ", max);
  const at = cut > max * 0.6 ? cut : max;
  return { head: text.slice(0, at), rest: text.slice(at) };
}
