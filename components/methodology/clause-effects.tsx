"use client";
import { Card } from "@/components/ui/card";
import { ASSESSMENT_LABELS } from "@/components/contracts/assessment-labels";
import type { Methodology } from "@/lib/domain/methodology/methodology";
import { CLAUSE_LABELS } from "@/lib/domain/risk/weights";
import { CLAUSE_ASSESSMENTS, CLAUSE_TYPES } from "@/lib/domain/types";
import { NumberCell } from "./number-cell";

/** Steps each clause assessment moves the residual (negative lowers it), per axis. */
export function ClauseEffects({
  draft,
  onChange,
}: {
  draft: Methodology;
  onChange: (path: (string | number)[], value: number) => void;
}) {
  return (
    <Card>
      <details>
        <summary className="cursor-pointer font-medium">Clause effects</summary>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Steps on the grid, likelihood / impact: −1 lowers the residual by one level, +1 raises it.
        </p>
        <div className="relative mt-2 overflow-x-auto">
          <table className="text-sm" aria-label="Clause effects">
            <thead>
              <tr>
                <th className="pr-3 text-left font-medium">Clause</th>
                {CLAUSE_ASSESSMENTS.map((a) => (
                  <th
                    key={a}
                    className="px-1 text-left font-normal text-zinc-600 dark:text-zinc-400"
                  >
                    {ASSESSMENT_LABELS[a]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CLAUSE_TYPES.map((type) => (
                <tr key={type}>
                  <th scope="row" className="pr-3 text-left font-normal">
                    {CLAUSE_LABELS[type]}
                  </th>
                  {CLAUSE_ASSESSMENTS.map((a) => (
                    <td key={a} className="px-1 py-0.5">
                      <span className="flex gap-1">
                        {(["likelihood", "impact"] as const).map((axis) => (
                          <NumberCell
                            key={axis}
                            label={`${CLAUSE_LABELS[type]}, ${ASSESSMENT_LABELS[a]}: ${axis}`}
                            value={draft.controls.clauses[type][a][axis]}
                            onChange={(v) => onChange([type, a, axis], v)}
                          />
                        ))}
                      </span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}
