import { cn } from "@/lib/cn";
import { ASSESSMENT_LABELS } from "./assessment-labels";

/** One colour per assessment, shared with the coverage matrix so both read the same at a glance. */
export const ASSESSMENT_STYLE: Record<string, string> = {
  ADEQUATE: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  WEAK: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  MISSING: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
  NOT_ASSESSED: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
};

export function AssessmentBadge({ assessment }: { assessment: string }) {
  return (
    <span
      className={cn(
        "inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium",
        ASSESSMENT_STYLE[assessment],
      )}
    >
      {ASSESSMENT_LABELS[assessment] ?? assessment}
    </span>
  );
}
