import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";
import { CLAUSE_LABELS } from "@/lib/domain/risk/weights";
import type { ClauseType } from "@/lib/domain/types";
import { AssessmentBadge } from "./assessment-badge";

export interface ClauseListRow {
  id: string;
  contractId: string;
  heading: string;
  excerpt?: string;
  type: ClauseType;
  counterparty: string;
  contractTitle: string;
  assessment: string;
}

const linkClass = "font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400";

/**
 * Clauses across contracts: a table from the small breakpoint up, one card per clause on a phone
 * (five columns squeezed into 390 px read as a column of single words). `last` is the list's own
 * column (annotations in the library, the last review in renewals).
 */
export function ClauseList<R extends ClauseListRow>({
  label,
  rows,
  last,
}: {
  label: string;
  rows: R[];
  last: { header: string; cell: (row: R) => ReactNode };
}) {
  const href = (r: R) => `/contracts/${r.contractId}/clauses/${r.id}`;
  return (
    <>
      <div className="hidden sm:block">
        <Table aria-label={label}>
          <thead>
            <tr>
              <Th>Clause</Th>
              <Th>Type</Th>
              <Th>Counterparty and contract</Th>
              <Th>Assessment</Th>
              <Th>{last.header}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td className="max-w-md">
                  <Link href={href(r)} className={linkClass}>
                    {r.heading}
                  </Link>
                  {r.excerpt && (
                    <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{r.excerpt}</p>
                  )}
                </Td>
                <Td>{CLAUSE_LABELS[r.type]}</Td>
                <Td>
                  {r.counterparty} — {r.contractTitle}
                </Td>
                <Td>
                  <AssessmentBadge assessment={r.assessment} />
                </Td>
                <Td>{last.cell(r)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ul aria-label={label} className="space-y-2 sm:hidden">
        {rows.map((r) => (
          <li
            key={r.id}
            className="rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            <Link href={href(r)} className={linkClass}>
              {r.heading}
            </Link>
            <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
              {CLAUSE_LABELS[r.type]} · {r.counterparty} — {r.contractTitle}
            </p>
            {r.excerpt && <p className="mt-1 text-zinc-700 dark:text-zinc-300">{r.excerpt}</p>}
            <p className="mt-2 flex flex-wrap items-center gap-2 text-xs">
              <AssessmentBadge assessment={r.assessment} />
              <span className="text-zinc-600 dark:text-zinc-400">
                {last.header}: {last.cell(r)}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
