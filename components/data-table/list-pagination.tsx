"use client";

import { PAGE_SIZES, type ListState, type PageSize } from "@/lib/list-state";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { ListNavigation } from "./use-list-navigation";

export function ListPagination<S extends string, C extends string, F extends string>({
  state,
  total,
  nav,
}: {
  state: ListState<S, C, F>;
  total: number;
  nav: ListNavigation<S, C, F>;
}) {
  const pages = Math.max(1, Math.ceil(total / state.size));
  const first = (state.page - 1) * state.size + 1;
  const last = Math.min(total, state.page * state.size);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-zinc-600 dark:text-zinc-400">
        {first > total
          ? `Page ${state.page} is past the end`
          : `Showing ${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")}`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="page-size" className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
          Rows per page
        </label>
        <div className="w-24">
          <Select
            id="page-size"
            value={state.size}
            onChange={(e) => nav.update({ size: Number(e.target.value) as PageSize })}
          >
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </div>
        <Button
          variant="secondary"
          size="sm"
          disabled={state.page <= 1}
          onClick={() => nav.go({ ...state, page: Math.min(state.page - 1, pages) })}
        >
          Previous
        </Button>
        <span aria-current="page" className="whitespace-nowrap">
          Page {state.page} of {pages}
        </span>
        <Button
          variant="secondary"
          size="sm"
          disabled={state.page >= pages}
          onClick={() => nav.go({ ...state, page: state.page + 1 })}
        >
          Next
        </Button>
      </div>
    </nav>
  );
}
