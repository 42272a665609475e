/** Placeholder while a list page loads (used by the lists' loading.tsx). */
export function TableSkeleton({ title, rows = 10 }: { title: string; rows?: number }) {
  return (
    <div role="status" aria-label={`Loading ${title}`} className="animate-pulse">
      <div className="mb-6 h-8 w-48 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="mb-3 flex gap-2">
        {[64, 44, 44, 44].map((w, i) => (
          <div
            key={i}
            className="h-9 rounded bg-zinc-200 dark:bg-zinc-800"
            style={{ width: `${w * 4}px` }}
          />
        ))}
      </div>
      <div className="rounded-lg border border-zinc-200 dark:border-zinc-800">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-10 border-b border-zinc-100 px-3 py-2 dark:border-zinc-800">
            <div className="h-4 w-full rounded bg-zinc-100 dark:bg-zinc-800" />
          </div>
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
