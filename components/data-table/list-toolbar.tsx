"use client";

import { useState } from "react";
import { Columns3, Download, Search } from "lucide-react";
import type { ListDefinition, ListState } from "@/lib/list-state";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { ListNavigation } from "./use-list-navigation";

export interface FilterControl<F extends string> {
  key: F;
  label: string;
  options: { value: string; label: string }[];
}

/** Search, one select per filter, "show archived", clear, column choice and CSV export. */
export function ListToolbar<S extends string, C extends string, F extends string>({
  def,
  state,
  nav,
  filters,
  searchLabel,
  columns,
  exportHref,
}: {
  def: ListDefinition<S, C, F>;
  state: ListState<S, C, F>;
  nav: ListNavigation<S, C, F>;
  filters: FilterControl<F>[];
  searchLabel: string;
  columns: { id: C; label: string }[];
  exportHref: string;
}) {
  const [q, setQ] = useState(state.q);
  const toggleColumn = (id: C, on: boolean) => {
    const cols = def.spec.columns.filter((c) => (c === id ? on : state.cols.includes(c)));
    if (cols.length) nav.update({ cols, page: state.page });
  };
  const exportQuery = nav.hrefOf({ ...state, page: 1 }, exportHref);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <form
          role="search"
          className="flex w-full items-center gap-1 sm:w-96"
          onSubmit={(e) => {
            e.preventDefault();
            nav.update({ q: q.trim() });
          }}
        >
          <label htmlFor="list-search" className="sr-only">
            {searchLabel}
          </label>
          <Input
            id="list-search"
            type="search"
            placeholder={searchLabel}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <Button type="submit" variant="secondary" aria-label="Search">
            <Search className="size-4" aria-hidden />
          </Button>
        </form>
        {filters.map((f) => (
          <div key={f.key} className="flex w-44 flex-col gap-0.5">
            <label htmlFor={`filter-${f.key}`} className="text-xs text-zinc-600 dark:text-zinc-400">
              {f.label}
            </label>
            <Select
              id={`filter-${f.key}`}
              value={state.filters[f.key][0] ?? ""}
              onChange={(e) => nav.setFilter(f.key, e.target.value ? [e.target.value] : [])}
            >
              <option value="">Any</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </div>
        ))}
        <label className="flex h-9 items-center gap-1.5 text-sm">
          <input
            type="checkbox"
            checked={state.archived}
            onChange={(e) => nav.update({ archived: e.target.checked })}
          />
          Show archived
        </label>
        {def.hasFilters(state) && (
          <Button
            variant="ghost"
            onClick={() => {
              setQ("");
              nav.go(def.cleared(state));
            }}
          >
            Clear filters
          </Button>
        )}
        <div className="ml-auto flex items-center gap-2">
          <details className="relative">
            <summary className="inline-flex h-9 cursor-pointer list-none items-center gap-1.5 rounded-md border border-zinc-300 px-3 text-sm dark:border-zinc-700">
              <Columns3 className="size-4" aria-hidden /> Columns
            </summary>
            <fieldset className="absolute right-0 z-20 mt-1 flex w-52 flex-col gap-1 rounded-md border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
              <legend className="sr-only">Columns to show</legend>
              {columns.map((c) => (
                <label key={c.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={state.cols.includes(c.id)}
                    onChange={(e) => toggleColumn(c.id, e.target.checked)}
                  />
                  {c.label}
                </label>
              ))}
            </fieldset>
          </details>
          <a
            href={exportQuery}
            className="inline-flex h-9 items-center gap-1.5 rounded-md border border-zinc-300 px-3 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            <Download className="size-4" aria-hidden /> Export CSV
          </a>
        </div>
      </div>
    </div>
  );
}
