"use client";

import { Button } from "@/components/ui/button";
import type { ErrorBody } from "@/lib/server/handle-error";
import type { Reapplied } from "./use-versioned-form";

const show = (value: unknown) =>
  value === null || value === undefined || value === "" ? "(empty)" : String(value);

/** The stale-save message with "Reload latest", then what was re-applied on the new version. */
export function ConflictNotice({
  conflict,
  reapplied,
  reloading,
  onReload,
  labels,
}: {
  conflict: ErrorBody | null;
  reapplied: Reapplied[] | null;
  reloading: boolean;
  onReload: () => void;
  labels: Record<string, string>;
}) {
  if (conflict)
    return (
      <div
        role="alert"
        data-testid="conflict-notice"
        className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
      >
        <p>{conflict.message}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={onReload}
          disabled={reloading}
        >
          {reloading ? "Reloading…" : "Reload latest"}
        </Button>
      </div>
    );
  if (reapplied)
    return (
      <div
        role="status"
        data-testid="reapplied-notice"
        className="rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100"
      >
        {reapplied.length === 0 ? (
          <p>Loaded the latest version. You had no unsaved changes to re-apply.</p>
        ) : (
          <>
            <p>Loaded the latest version and re-applied your changes. Check them, then save:</p>
            <ul className="mt-1 list-disc pl-5">
              {reapplied.map((r) => (
                <li key={r.field}>
                  {labels[r.field] ?? r.field}: yours “{show(r.mine)}” (latest “{show(r.theirs)}”)
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  return null;
}
