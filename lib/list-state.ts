import { z } from "zod";

/**
 * List state kept in the URL (search, filters, sorting, paging, columns, archived rows), parsed
 * and serialised by one definition per list so pages, the REST API and CSV export read the same
 * parameters. Parsing is lenient: a shared link with a stale or hand-edited value falls back to the
 * default for that parameter instead of failing the page.
 */

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;
export type SortDir = "asc" | "desc";

export interface FilterDef {
  label: string;
  /** allowed values; absent = any value matching `pattern` */
  values?: readonly string[];
  pattern?: RegExp;
  /** normalise to upper case before checking (country codes) */
  upper?: boolean;
}

export interface ListSpec<S extends string, C extends string, F extends string> {
  sorts: readonly S[];
  defaultSort: S;
  defaultDir: SortDir;
  columns: readonly C[];
  defaultColumns: readonly C[];
  filters: Record<F, FilterDef>;
}

export interface ListState<S extends string, C extends string, F extends string> {
  q: string;
  sort: S;
  dir: SortDir;
  page: number;
  size: PageSize;
  cols: C[];
  archived: boolean;
  filters: Record<F, string[]>;
}

/** Next's searchParams, a URLSearchParams, or a plain record. */
export type RawParams =
  URLSearchParams | Record<string, string | string[] | undefined> | ReadonlyMap<string, string[]>;

function getAll(raw: RawParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  if (raw instanceof Map) return raw.get(key) ?? [];
  const value = (raw as Record<string, string | string[] | undefined>)[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const MAX_FILTER_VALUES = 50;

export function defineList<S extends string, C extends string, F extends string>(
  spec: ListSpec<S, C, F>,
) {
  const filterKeys = Object.keys(spec.filters) as F[];
  const filterValue = (def: FilterDef) =>
    z
      .string()
      .trim()
      .transform((v) => (def.upper ? v.toUpperCase() : v))
      .refine(
        (v) =>
          v.length > 0 &&
          v.length <= 200 &&
          (!def.values || def.values.includes(v)) &&
          (!def.pattern || def.pattern.test(v)),
      );
  const schema = z.object({
    q: z.string().trim().max(200).catch(""),
    sort: z.enum(spec.sorts as [S, ...S[]]).catch(spec.defaultSort),
    dir: z.enum(["asc", "desc"]).catch(spec.defaultDir),
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
    size: z.coerce
      .number()
      .refine((n): n is PageSize => (PAGE_SIZES as readonly number[]).includes(n))
      .catch(DEFAULT_PAGE_SIZE),
    cols: z.array(z.enum(spec.columns as [C, ...C[]])).catch([]),
  });

  function parse(raw: RawParams): ListState<S, C, F> {
    const first = (key: string) => getAll(raw, key)[0];
    const base = schema.parse({
      q: first("q") ?? "",
      sort: first("sort"),
      dir: first("dir"),
      page: first("page"),
      size: first("size"),
      cols: (first("cols") ?? "").split(",").filter(Boolean),
    });
    const filters = {} as Record<F, string[]>;
    for (const key of filterKeys) {
      const check = filterValue(spec.filters[key]);
      const values = new Set<string>();
      for (const value of getAll(raw, key).slice(0, MAX_FILTER_VALUES)) {
        const parsed = check.safeParse(value);
        if (parsed.success) values.add(parsed.data);
      }
      filters[key] = [...values];
    }
    const cols = base.cols.length ? [...new Set(base.cols)] : [...spec.defaultColumns];
    return {
      q: base.q,
      sort: base.sort,
      dir: base.dir,
      page: base.page,
      size: base.size as PageSize,
      cols,
      archived: first("archived") === "1",
      filters,
    };
  }

  /** Only what differs from the defaults, so shared links stay short. */
  function serialize(state: ListState<S, C, F>): URLSearchParams {
    const out = new URLSearchParams();
    if (state.q) out.set("q", state.q);
    for (const key of filterKeys) for (const v of state.filters[key] ?? []) out.append(key, v);
    if (state.archived) out.set("archived", "1");
    if (state.sort !== spec.defaultSort || state.dir !== spec.defaultDir) {
      out.set("sort", state.sort);
      out.set("dir", state.dir);
    }
    if (state.size !== DEFAULT_PAGE_SIZE) out.set("size", String(state.size));
    if (state.page > 1) out.set("page", String(state.page));
    const sameCols =
      state.cols.length === spec.defaultColumns.length &&
      state.cols.every((c, i) => c === spec.defaultColumns[i]);
    if (!sameCols) out.set("cols", state.cols.join(","));
    return out;
  }

  function hasFilters(state: ListState<S, C, F>): boolean {
    return state.q !== "" || state.archived || filterKeys.some((k) => state.filters[k].length > 0);
  }

  /** The same list with search and filters removed (sorting, size and columns kept). */
  function cleared(state: ListState<S, C, F>): ListState<S, C, F> {
    const filters = {} as Record<F, string[]>;
    for (const key of filterKeys) filters[key] = [];
    return { ...state, q: "", archived: false, filters, page: 1 };
  }

  return { spec, filterKeys, parse, serialize, hasFilters, cleared };
}

export type ListDefinition<S extends string, C extends string, F extends string> = ReturnType<
  typeof defineList<S, C, F>
>;

/** Rows to skip for the state's page. */
export function offsetOf(state: { page: number; size: number }): number {
  return (state.page - 1) * state.size;
}
