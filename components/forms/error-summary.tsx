"use client";

import { fieldId, type FieldProblem } from "./form-spec";

/**
 * The fields a submit found wrong, announced as soon as they appear (role="alert", present before
 * it has anything to say so screen readers catch the change), each a link that moves focus to its
 * field, where the message itself is read through aria-describedby.
 */
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  return (
    <div role="alert" data-testid="error-summary" className="empty:hidden sm:col-span-2">
      {problems.length > 0 && (
        <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          <p className="font-medium">
            {problems.length === 1
              ? "One field needs attention:"
              : `${problems.length} fields need attention:`}
          </p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {problems.map((problem) => (
              <li key={problem.name}>
                <a
                  href={`#${fieldId(problem.name)}`}
                  className="underline"
                  onClick={(event) => {
                    const target = document.getElementById(fieldId(problem.name));
                    if (!target) return;
                    event.preventDefault();
                    target.focus();
                  }}
                >
                  {problem.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
