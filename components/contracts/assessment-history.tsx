import { EmptyState } from "@/components/ui/card";
import type { ClauseWorkspace } from "@/lib/server/contracts/get-clause";
import { ASSESSMENT_LABELS } from "./assessment-labels";

/** Every assessment of a clause, newest first: what, by whom, when, and why. */
export function AssessmentHistory({
  entries,
  current,
}: {
  entries: ClauseWorkspace["assessments"];
  current: string;
}) {
  if (entries.length === 0)
    return (
      <EmptyState title="No assessment recorded here yet">
        {current === "NOT_ASSESSED"
          ? "Nobody has assessed this clause."
          : `"${ASSESSMENT_LABELS[current]}" came with the contract's data; assess it to record who judged it and why.`}
      </EmptyState>
    );
  return (
    <ol aria-label="Assessment history" className="space-y-2">
      {entries.map((e) => (
        <li
          key={e.id}
          className="rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-800"
        >
          <p>
            <strong>{ASSESSMENT_LABELS[e.assessment]}</strong>{" "}
            <span className="text-zinc-600 dark:text-zinc-400">
              by {e.assessor.name} on {e.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
            </span>
          </p>
          <p className="whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">{e.note}</p>
        </li>
      ))}
    </ol>
  );
}
