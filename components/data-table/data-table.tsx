"use client";

import type { ReactNode } from "react";
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { cn } from "@/lib/cn";
import type { ListDefinition, ListState } from "@/lib/list-state";
import { Table, Td, Th } from "@/components/ui/table";
import { ListEmpty } from "./list-empty";
import { ListPagination } from "./list-pagination";
import { ListToolbar, type FilterControl } from "./list-toolbar";
import { useListNavigation } from "./use-list-navigation";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** list sort key this column sorts by */
    sort?: string;
    /** column label for the column chooser */
    label?: string;
    align?: "right";
  }
}

export interface DataTableProps<
  T extends { id: string },
  S extends string,
  C extends string,
  F extends string,
> {
  def: ListDefinition<S, C, F>;
  state: ListState<S, C, F>;
  rows: T[];
  total: number;
  columns: ColumnDef<T>[];
  /** plural noun: "vendors" */
  noun: string;
  filters: FilterControl<F>[];
  searchLabel: string;
  exportHref: string;
  /** shown when there are no rows at all (not merely none matching) */
  emptyAction?: ReactNode;
}

/**
 * The one list kit: TanStack Table in manual mode renders what the server fetched for the URL
 * state; sorting, paging, filters and column choice only change the URL.
 */
export function DataTable<
  T extends { id: string },
  S extends string,
  C extends string,
  F extends string,
>({
  def,
  state,
  rows,
  total,
  columns,
  noun,
  filters,
  searchLabel,
  exportHref,
  emptyAction,
}: DataTableProps<T, S, C, F>) {
  const nav = useListNavigation(def, state);
  const visibility = Object.fromEntries(def.spec.columns.map((c) => [c, state.cols.includes(c)]));
  // TanStack Table hands back a mutable instance the React Compiler cannot memoise; it re-renders
  // from props here anyway (the server sends new rows for every URL change).
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    rowCount: total,
    state: {
      columnVisibility: visibility,
      pagination: { pageIndex: state.page - 1, pageSize: state.size },
    },
  });
  const filtered = def.hasFilters(state);
  const chooser = columns.map((c) => ({
    id: c.id as C,
    label: c.meta?.label ?? String(c.id),
  }));

  return (
    <div className="flex flex-col gap-3" aria-busy={nav.pending}>
      <ListToolbar
        def={def}
        state={state}
        nav={nav}
        filters={filters}
        searchLabel={searchLabel}
        columns={chooser}
        exportHref={exportHref}
      />
      <p
        className="text-sm text-zinc-600 dark:text-zinc-400"
        aria-live="polite"
        data-testid="list-total"
      >
        {total.toLocaleString("en")} {noun}
        {filtered ? " match" : ""}
      </p>
      {total === 0 ? (
        <ListEmpty
          noun={noun}
          filtered={filtered}
          onClear={() => nav.go(def.cleared(state))}
          action={emptyAction}
        />
      ) : (
        <>
          <Table aria-label={noun} className={cn(nav.pending && "opacity-60")}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sort = header.column.columnDef.meta?.sort as S | undefined;
                    const active = sort !== undefined && state.sort === sort;
                    const label = flexRender(header.column.columnDef.header, header.getContext());
                    const right = header.column.columnDef.meta?.align === "right";
                    return (
                      <Th
                        key={header.id}
                        className={cn(right && "text-right")}
                        aria-sort={
                          active ? (state.dir === "asc" ? "ascending" : "descending") : undefined
                        }
                      >
                        {sort ? (
                          <button
                            type="button"
                            className="inline-flex items-center gap-1 uppercase hover:text-zinc-900 dark:hover:text-zinc-100"
                            onClick={() =>
                              nav.update({
                                sort,
                                dir: active && state.dir === "asc" ? "desc" : "asc",
                              })
                            }
                          >
                            {label}
                            {active ? (
                              state.dir === "asc" ? (
                                <ArrowUp className="size-3" aria-hidden />
                              ) : (
                                <ArrowDown className="size-3" aria-hidden />
                              )
                            ) : (
                              <ArrowUpDown className="size-3 opacity-40" aria-hidden />
                            )}
                          </button>
                        ) : (
                          label
                        )}
                      </Th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
                  {row.getVisibleCells().map((cell) => (
                    <Td
                      key={cell.id}
                      className={cn(
                        cell.column.columnDef.meta?.align === "right" && "text-right tabular-nums",
                      )}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </Td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
          <ListPagination state={state} total={total} nav={nav} />
        </>
      )}
    </div>
  );
}
