import { diffRecords, truncate, type DiffEntry } from "@/lib/audit/diff";

function Value({ text, tone }: { text: string | null; tone: "old" | "new" }) {
  if (text === null) return <span className="text-zinc-500 dark:text-zinc-400">—</span>;
  const { head, rest } = truncate(text);
  const cls =
    tone === "old"
      ? "text-red-800 line-through decoration-red-400/60 dark:text-red-300"
      : "text-emerald-800 dark:text-emerald-300";
  if (!rest) return <span className={cls}>{head}</span>;
  return (
    <details className="inline">
      <summary className="cursor-pointer list-none">
        <span className={cls}>{head}…</span> <span className="text-xs underline">show all</span>
      </summary>
      <span className={cls}>{head + rest}</span>
    </details>
  );
}

function Entry({ entry }: { entry: DiffEntry }) {
  return (
    <li className="flex flex-wrap gap-x-1.5">
      <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{entry.field}:</span>
      {entry.kind === "value" ? (
        <>
          <Value text={entry.from} tone="old" />
          <span aria-label="changed to">→</span>
          <Value text={entry.to} tone="new" />
        </>
      ) : (
        <>
          {entry.added.length > 0 && (
            <span className="text-emerald-800 dark:text-emerald-300">
              + {entry.added.join(", ")}
            </span>
          )}
          {entry.removed.length > 0 && (
            <span className="text-red-800 dark:text-red-300">− {entry.removed.join(", ")}</span>
          )}
        </>
      )}
    </li>
  );
}

/** The changed fields of one audit event; the first few shown, the rest behind "more". */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const entries = diffRecords(before, after);
  if (entries.length === 0)
    return <span className="text-zinc-500 dark:text-zinc-400">No field changes</span>;
  const shown = entries.slice(0, 6);
  const more = entries.slice(6);
  return (
    <div className="text-sm">
      <ul className="flex flex-col gap-0.5">
        {shown.map((e) => (
          <Entry key={e.field} entry={e} />
        ))}
      </ul>
      {more.length > 0 && (
        <details>
          <summary className="cursor-pointer text-xs underline">{more.length} more fields</summary>
          <ul className="flex flex-col gap-0.5">
            {more.map((e) => (
              <Entry key={e.field} entry={e} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
