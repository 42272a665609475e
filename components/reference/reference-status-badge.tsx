import type { ReferenceStatus } from "@/lib/domain/types";
import { cn } from "@/lib/cn";
import { REFERENCE_STATUS_HINTS, REFERENCE_STATUS_LABELS } from "@/lib/reference/reference-status";

const STATUS_CLASS: Record<ReferenceStatus, string> = {
  IN_FORCE: "border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300",
  ANNOUNCED: "border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-300",
  PROPOSED: "border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-300",
  RESCINDED:
    "border-amber-700 text-amber-800 border-dashed dark:border-amber-400 dark:text-amber-300",
  WHAT_IF:
    "border-violet-700 text-violet-800 border-dashed dark:border-violet-400 dark:text-violet-300",
  COMPANY_POLICY: "border-zinc-600 text-zinc-700 dark:border-zinc-400 dark:text-zinc-300",
  REFERENCE_LIST: "border-zinc-600 text-zinc-700 dark:border-zinc-400 dark:text-zinc-300",
};

/** What a group or scenario is (law in force, rescinded, what-if…), with the meaning on hover. */
export function ReferenceStatusBadge({ status }: { status: ReferenceStatus }) {
  return (
    <span
      title={REFERENCE_STATUS_HINTS[status]}
      data-testid="reference-status"
      className={cn(
        "inline-flex items-center rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap",
        STATUS_CLASS[status],
      )}
    >
      {REFERENCE_STATUS_LABELS[status]}
    </span>
  );
}
