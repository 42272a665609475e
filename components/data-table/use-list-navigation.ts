"use client";

import { useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { ListDefinition, ListState } from "@/lib/list-state";
import { AS_OF_PARAM } from "@/lib/scenario-link";

/**
 * Parameters a list keeps from the page's URL although they are not list state: the scenario and
 * the date it is evaluated on (so paging, sorting and the CSV export show what the page shows).
 */
const KEPT = ["scenario", AS_OF_PARAM];

/**
 * Moves a list to a new state by changing the URL, so the server renders the new page and the
 * link can be shared. Any change other than paging goes back to page 1.
 */
export function useListNavigation<S extends string, C extends string, F extends string>(
  def: ListDefinition<S, C, F>,
  state: ListState<S, C, F>,
) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();

  const hrefOf = (next: ListState<S, C, F>, base = pathname) => {
    const search = def.serialize(next);
    for (const key of KEPT) {
      const value = params.get(key);
      if (value) search.set(key, value);
    }
    const query = search.toString();
    return query ? `${base}?${query}` : base;
  };
  const go = (next: ListState<S, C, F>) =>
    startTransition(() => router.push(hrefOf(next), { scroll: false }));
  const update = (patch: Partial<ListState<S, C, F>>) => go({ ...state, page: 1, ...patch });
  const setFilter = (key: F, values: string[]) =>
    update({ filters: { ...state.filters, [key]: values } });

  return { pending, go, update, setFilter, hrefOf };
}

export type ListNavigation<S extends string, C extends string, F extends string> = ReturnType<
  typeof useListNavigation<S, C, F>
>;
