import type { ImportOutcome, RowReport } from "@/lib/server/import/run-import";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/lib/cn";

const ACTION_LABEL: Record<RowReport["action"], string> = {
  create: "Create",
  update: "Update",
  unchanged: "Unchanged",
  invalid: "Error",
};
const ACTION_STYLE: Record<RowReport["action"], string> = {
  create: "border-emerald-600 text-emerald-800 dark:text-emerald-300",
  update: "border-sky-600 text-sky-800 dark:text-sky-300",
  unchanged: "text-zinc-600 dark:text-zinc-400",
  invalid: "border-red-600 text-red-800 dark:text-red-300",
};

export function ImportCounts({ outcome }: { outcome: ImportOutcome }) {
  const c = outcome.counts;
  return (
    <dl className="flex flex-wrap gap-4 text-sm" data-testid="import-counts">
      {(
        [
          ["To create", c.create],
          ["To update", c.update],
          ["Unchanged", c.unchanged],
          ["With errors", c.invalid],
        ] as const
      ).map(([label, n]) => (
        <div key={label} className="flex gap-1.5">
          <dt className="text-zinc-600 dark:text-zinc-400">{label}:</dt>
          <dd className="font-semibold tabular-nums">{n.toLocaleString("en")}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The rows the server reported: errors first, each message under the cell it concerns. */
export function ImportPreview({ outcome }: { outcome: ImportOutcome }) {
  const shown = outcome.rows.length;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {shown < outcome.totalRows
          ? `Showing ${shown.toLocaleString("en")} of ${outcome.totalRows.toLocaleString("en")} rows, rows with errors first.`
          : `All ${shown.toLocaleString("en")} rows, rows with errors first.`}
      </p>
      <Table aria-label="Import preview">
        <thead>
          <tr>
            <Th>Row</Th>
            <Th>Result</Th>
            {outcome.headers.map((h) => (
              <Th key={h} className="normal-case">
                {h}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {outcome.rows.map((r) => (
            <tr key={r.row} data-testid={`import-row-${r.row}`}>
              <Td className="tabular-nums">{r.row}</Td>
              <Td>
                <Badge className={ACTION_STYLE[r.action]}>{ACTION_LABEL[r.action]}</Badge>
              </Td>
              {outcome.headers.map((h) => {
                const error = r.errors[h];
                return (
                  <Td
                    key={h}
                    className={cn(
                      "max-w-64",
                      error && "bg-red-50 dark:bg-red-950/40",
                      r.changed.includes(h) && "bg-sky-50 dark:bg-sky-950/40",
                    )}
                  >
                    <span className="break-words">
                      {r.cells[h] || <span className="text-zinc-500 dark:text-zinc-400">—</span>}
                    </span>
                    {error && (
                      <p className="mt-1 text-xs text-red-700 dark:text-red-400" role="note">
                        {error}
                      </p>
                    )}
                  </Td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
