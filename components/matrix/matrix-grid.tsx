"use client";

import {
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from "react";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import type { MatrixView } from "@/lib/domain/matrix/build-matrix-view";
import { countLookup } from "@/lib/domain/matrix/exposure-counts";
import { cn } from "@/lib/cn";
import { OUTCOME_STYLE, outcomeOfRank, UNCHANGED_STYLE } from "./outcome-style";
import { describeCell, nextCell, type CellPosition } from "./grid-navigation";

const CELL_W = 44;
const CELL_H = 32;
/** On a phone the row headers take this much, so the cells keep most of the width. */
const NARROW_ROW_HEADER_W = 132;
const NARROW = "(max-width: 639px)";
const BAND_H = 22;
const HEADER_H = BAND_H + 30;

function subscribeToWidth(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the viewport is phone-sized; false on the server (the wide layout renders first). */
function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribeToWidth,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

const longest = (labels: string[]) => labels.reduce((max, l) => Math.max(max, l.length), 0);

/**
 * Row headers as wide as the longest vendor and model names need (estimated from their length in
 * the header's fonts: ≈ 6.6 px a character at 12 px, 7.8 px at 14 px medium), within bounds, so
 * names are not cut while there is room; a phone gets a narrow, two-line header instead.
 */
function rowHeaderWidth(view: MatrixView, narrow: boolean): { total: number; group: number } {
  if (narrow) return { total: NARROW_ROW_HEADER_W, group: NARROW_ROW_HEADER_W };
  const group = Math.min(150, Math.ceil(longest(view.rowGroups.map((g) => g.label)) * 6.6));
  const name = Math.min(300, Math.ceil(longest(view.rows.map((r) => r.name)) * 7.8));
  return { total: Math.max(200, group + name + 32), group };
}

/** Keeps the active row or column rendered even when scrolled away, so focus always has a target. */
function keepIndex(index: number) {
  return (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    if (index >= 0 && index < range.count && !indexes.includes(index)) {
      indexes.push(index);
      indexes.sort((a, b) => a - b);
    }
    return indexes;
  };
}

/**
 * The jurisdiction matrix as an ARIA grid, virtualized on both axes: only the cells in view (plus
 * the focused one) are in the DOM. One tab stop (roving tabindex); arrows, Home/End (Ctrl for the
 * grid's corners) and PageUp/PageDown move between cells; Enter opens a cell. Everything is
 * derived from `view` on each render, so a router.refresh() with new data simply repaints.
 */
export function MatrixGrid({
  view,
  label,
  onOpenCell,
}: {
  view: MatrixView;
  label: string;
  onOpenCell: (cell: CellPosition) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [hovered, setHovered] = useState<CellPosition | null>(null);
  // The cell to focus once it is rendered. Scrolling may re-render synchronously before the new
  // active cell is committed, so the target is remembered rather than "focus after next render".
  const pendingFocus = useRef<CellPosition | null>(null);

  const rowCount = view.rows.length;
  const colCount = view.columns.length;
  // New data (a refresh, another filter) may have fewer rows or columns than before.
  const current: CellPosition = {
    row: Math.min(active.row, rowCount - 1),
    col: Math.min(active.col, colCount - 1),
  };

  const counts = useMemo(() => countLookup(view.counts), [view.counts]);
  const narrow = useNarrow();
  const { total: rowHeaderW, group: groupLabelW } = useMemo(
    () => rowHeaderWidth(view, narrow),
    [view, narrow],
  );

  // The virtualizers are read only here, never handed to memoized children, so skipping the
  // compiler's memoization for this component is what we want.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowV = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CELL_H,
    paddingStart: HEADER_H,
    scrollPaddingStart: HEADER_H,
    overscan: 4,
    rangeExtractor: useMemo(() => keepIndex(current.row), [current.row]),
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: colCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CELL_W,
    paddingStart: rowHeaderW,
    scrollPaddingStart: rowHeaderW,
    overscan: 3,
    rangeExtractor: useMemo(() => keepIndex(current.col), [current.col]),
  });

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(
      `[data-cell="${target.row}:${target.col}"]`,
    );
    if (!element) return;
    pendingFocus.current = null;
    element.focus({ preventScroll: true });
  });

  const moveTo = (next: CellPosition) => {
    pendingFocus.current = next;
    setActive(next);
    rowV.scrollToIndex(next.row);
    colV.scrollToIndex(next.col);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpenCell(current);
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / CELL_H) - 2);
    const next = nextCell(event.key, event.ctrlKey || event.metaKey, current, {
      rows: rowCount,
      cols: colCount,
      page,
    });
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  };

  const visibleRows = rowV.getVirtualItems();
  const visibleCols = colV.getVirtualItems();
  const firstRow =
    visibleRows.find((r) => r.start >= (rowV.scrollOffset ?? 0) + HEADER_H)?.index ?? 0;
  const shown = hovered ?? current;
  const rowGroupOf = (row: number) =>
    view.rowGroups.find((g) => row >= g.start && row < g.start + g.count);

  return (
    <div>
      <p
        className="mb-2 min-h-6 truncate text-sm text-zinc-700 dark:text-zinc-300"
        data-testid="matrix-info"
      >
        {describeCell(view, shown, counts)}
      </p>
      <div
        ref={scrollRef}
        role="grid"
        aria-label={label}
        aria-rowcount={rowCount + 1}
        aria-colcount={colCount + 1}
        onKeyDown={onKeyDown}
        onMouseLeave={() => setHovered(null)}
        className="relative overflow-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
        // As small as the content, at most 70% of the viewport tall (borders add 2px).
        style={{
          height: `min(70vh, ${rowV.getTotalSize() + 2}px)`,
          maxWidth: colV.getTotalSize() + 2,
        }}
      >
        <div
          className="relative"
          style={{ width: colV.getTotalSize(), height: rowV.getTotalSize() }}
        >
          <div
            role="row"
            aria-rowindex={1}
            className="sticky top-0 z-20 bg-zinc-50 dark:bg-zinc-900"
            style={{ height: HEADER_H, width: colV.getTotalSize() }}
          >
            <div
              role="columnheader"
              aria-colindex={1}
              className="sticky left-0 z-30 flex h-full items-end border-b border-r border-zinc-200 bg-zinc-50 px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400"
              style={{ width: rowHeaderW }}
            >
              {narrow ? "Model" : "Model \\ Jurisdiction"}
            </div>
            {view.columnGroups
              .filter((g) =>
                visibleCols.some((c) => c.index >= g.start && c.index < g.start + g.count),
              )
              .map((g) => (
                <div
                  key={g.key}
                  aria-hidden
                  className="absolute top-0 truncate border-b border-l border-zinc-300 px-1 text-[11px] font-medium leading-[22px] text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
                  style={{
                    left: rowHeaderW + g.start * CELL_W,
                    width: g.count * CELL_W,
                    height: BAND_H,
                  }}
                  title={g.label}
                >
                  {g.label}
                </div>
              ))}
            {visibleCols.map((c) => {
              const column = view.columns[c.index];
              const group = view.columnGroups.find((g) => g.start === c.index);
              return (
                <div
                  key={c.key}
                  role="columnheader"
                  aria-colindex={c.index + 2}
                  aria-label={`${column.name} (${column.code})`}
                  title={column.name}
                  className={cn(
                    "absolute flex items-center justify-center border-b border-zinc-200 font-mono text-xs font-semibold dark:border-zinc-800",
                    group && "border-l border-l-zinc-300 dark:border-l-zinc-700",
                  )}
                  style={{ left: c.start, top: BAND_H, width: CELL_W, height: HEADER_H - BAND_H }}
                >
                  {column.code}
                </div>
              );
            })}
          </div>
          {visibleRows.map((r) => {
            const row = view.rows[r.index];
            const group = rowGroupOf(r.index);
            const groupStart = group?.start === r.index;
            return (
              <div
                key={r.key}
                role="row"
                aria-rowindex={r.index + 2}
                className={cn(
                  "absolute left-0",
                  groupStart && "border-t border-zinc-300 dark:border-zinc-700",
                )}
                style={{ top: r.start, height: CELL_H, width: colV.getTotalSize() }}
              >
                <div
                  role="rowheader"
                  aria-colindex={1}
                  aria-label={`${row.name} (${group?.label ?? ""})`}
                  className={cn(
                    "sticky left-0 z-10 flex h-full border-r border-zinc-200 bg-white px-2 dark:border-zinc-800 dark:bg-zinc-900",
                    narrow
                      ? "flex-col justify-center text-xs leading-tight"
                      : "items-center gap-2 text-sm",
                  )}
                  style={{ width: rowHeaderW }}
                >
                  {(!narrow || groupStart || r.index === firstRow) && (
                    <span
                      className={cn(
                        "shrink-0 truncate text-zinc-500 dark:text-zinc-400",
                        narrow ? "text-[10px]" : "text-xs",
                      )}
                      style={narrow ? undefined : { width: groupLabelW }}
                      aria-hidden
                    >
                      {groupStart || r.index === firstRow ? group?.label : ""}
                    </span>
                  )}
                  <span className="truncate font-medium" title={row.name}>
                    {row.name}
                  </span>
                </div>
                {visibleCols.map((c) => {
                  const cell = r.index * colCount + c.index;
                  const position = { row: r.index, col: c.index };
                  const outcome = outcomeOfRank(view.outcomes[cell]);
                  const before = view.before ? outcomeOfRank(view.before[cell]) : null;
                  const changed = before !== null && before !== outcome;
                  const count = counts.get(cell);
                  const isActive = r.index === current.row && c.index === current.col;
                  return (
                    <div
                      key={c.key}
                      role="gridcell"
                      aria-colindex={c.index + 2}
                      aria-label={describeCell(view, position, counts)}
                      tabIndex={isActive ? 0 : -1}
                      data-cell={`${r.index}:${c.index}`}
                      data-outcome={outcome}
                      data-changed={changed || undefined}
                      onClick={() => {
                        setActive(position);
                        onOpenCell(position);
                      }}
                      onFocus={() => setActive(position)}
                      onMouseEnter={() => setHovered(position)}
                      className={cn(
                        "absolute flex cursor-pointer select-none items-center justify-center gap-0.5 border-b border-r border-white/60 text-xs font-semibold tabular-nums focus-visible:z-10 focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-zinc-950 focus-visible:shadow-[inset_0_0_0_2px_#fff] dark:focus-visible:outline-white dark:focus-visible:shadow-[inset_0_0_0_2px_#09090b] dark:border-zinc-900/60",
                        view.before && !changed
                          ? `bg-zinc-100 font-normal text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300 ${UNCHANGED_STYLE[outcome]}`
                          : OUTCOME_STYLE[outcome].className,
                        changed &&
                          "z-[1] outline-2 outline-offset-[-3px] outline-zinc-900 dark:outline-white",
                      )}
                      style={{ left: c.start, top: 0, width: CELL_W, height: CELL_H }}
                    >
                      {changed && before ? (
                        <span aria-hidden>
                          {OUTCOME_STYLE[before].mark}→{OUTCOME_STYLE[outcome].mark}
                        </span>
                      ) : (
                        <span aria-hidden>{OUTCOME_STYLE[outcome].mark}</span>
                      )}
                      {count > 0 && !changed && (
                        <span aria-hidden className="text-[10px] font-normal">
                          {count}
                        </span>
                      )}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
