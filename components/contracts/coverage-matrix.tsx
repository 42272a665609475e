import { Link } from "@/components/ui/link";
import { cn } from "@/lib/cn";
import { ASSESSMENT_STYLE } from "./assessment-badge";
import { CLAUSE_LABELS } from "@/lib/domain/risk/weights";
import { CLAUSE_TYPES, type ClauseType } from "@/lib/domain/types";
import { COVERAGE_LABELS, type CoverageState } from "@/lib/server/contracts/list-clauses";

const STYLE: Record<CoverageState, string> = {
  ADEQUATE: ASSESSMENT_STYLE.ADEQUATE,
  WEAK: ASSESSMENT_STYLE.WEAK,
  PRESENT: ASSESSMENT_STYLE.NOT_ASSESSED,
  // no clause of the type at all (not a clause assessed "missing")
  MISSING: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
};
const SHORT: Record<CoverageState, string> = {
  ADEQUATE: "Adequate",
  WEAK: "Weak",
  PRESENT: "Present",
  MISSING: "Missing",
};

/** Counterparties × clause types that matter: present / assessed adequate / weak / missing. */
export function CoverageMatrix({
  rows,
}: {
  rows: { id: string; name: string; cells: Record<ClauseType, CoverageState> }[];
}) {
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading" className="mb-1 text-lg font-semibold">
        Clause coverage by counterparty
      </h2>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        The best state of each clause type across a counterparty&apos;s contracts:{" "}
        {Object.values(COVERAGE_LABELS).join(" · ")}.
      </p>
      <div className="relative overflow-x-auto">
        <table className="min-w-full border-collapse text-xs" aria-label="Clause coverage">
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 bg-white p-2 text-left dark:bg-zinc-900">
                Counterparty
              </th>
              {CLAUSE_TYPES.map((t) => (
                <th key={t} scope="col" className="p-2 text-left align-bottom font-medium">
                  {CLAUSE_LABELS[t]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-zinc-200 dark:border-zinc-800">
                <th
                  scope="row"
                  className="sticky left-0 bg-white p-2 text-left font-medium dark:bg-zinc-900"
                >
                  {r.name}
                </th>
                {CLAUSE_TYPES.map((t) => {
                  const state = r.cells[t];
                  const label = `${r.name}: ${CLAUSE_LABELS[t]} — ${COVERAGE_LABELS[state]}`;
                  const cell = cn("block rounded px-1.5 py-1 text-center", STYLE[state]);
                  return (
                    <td key={t} className="p-1">
                      {state === "MISSING" ? (
                        <span className={cell} title={label}>
                          {SHORT[state]}
                        </span>
                      ) : (
                        // A present clause type opens the library filtered to those clauses.
                        <Link
                          href={`/clauses?${new URLSearchParams({ type: t, counterparty: r.id })}`}
                          className={cn(cell, "underline-offset-2 hover:underline")}
                          title={label}
                          aria-label={label}
                        >
                          {SHORT[state]}
                        </Link>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
