import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ASSESSMENT_LABELS } from "@/components/contracts/assessment-labels";
import { ClauseList } from "@/components/contracts/clause-list";
import { CoverageMatrix } from "@/components/contracts/coverage-matrix";
import { Button } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { CLAUSE_LABELS } from "@/lib/domain/risk/weights";
import { CLAUSE_ASSESSMENTS, CLAUSE_TYPES } from "@/lib/domain/types";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import {
  ANNOTATION_STATES,
  ANNOTATION_STATE_LABELS,
  clauseCoverage,
  listClauses,
  parseClauseFilters,
  type ClauseFilters,
} from "@/lib/server/contracts/list-clauses";

export const metadata: Metadata = { title: "Clause library" };

const linkClass = "font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400";

function href(f: ClauseFilters, page: number) {
  const params = new URLSearchParams();
  if (f.type) params.set("type", f.type);
  if (f.assessment) params.set("assessment", f.assessment);
  if (f.counterparty) params.set("counterparty", f.counterparty);
  if (f.annotations) params.set("annotations", f.annotations);
  if (f.q) params.set("q", f.q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/clauses?${query}` : "/clauses";
}

export default async function ClauseLibraryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const filters = parseClauseFilters(await searchParams);
  const [data, coverage] = await Promise.all([listClauses(db, filters), clauseCoverage(db)]);
  return (
    <>
      <PageHeader
        title="Clause library"
        description="Clauses across every contract that is not archived, and each counterparty's coverage of the clause types that matter for access risk."
      />
      <CoverageMatrix rows={coverage} />
      <h2 className="mb-2 mt-8 text-lg font-semibold">Clauses</h2>
      <form
        method="get"
        action="/clauses"
        aria-label="Filter clauses"
        className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-6"
      >
        <label className="text-sm lg:col-span-2">
          <span className="mb-1 block font-medium">Search</span>
          <Input
            name="q"
            type="search"
            defaultValue={filters.q}
            placeholder="Heading, text or contract"
          />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Type</span>
          <Select name="type" defaultValue={filters.type ?? ""}>
            <option value="">Any type</option>
            {CLAUSE_TYPES.map((t) => (
              <option key={t} value={t}>
                {CLAUSE_LABELS[t]}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Assessment</span>
          <Select name="assessment" defaultValue={filters.assessment ?? ""}>
            <option value="">Any assessment</option>
            {CLAUSE_ASSESSMENTS.map((a) => (
              <option key={a} value={a}>
                {ASSESSMENT_LABELS[a]}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Counterparty</span>
          <Select name="counterparty" defaultValue={filters.counterparty ?? ""}>
            <option value="">Any counterparty</option>
            {data.counterparties.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Annotations</span>
          <Select name="annotations" defaultValue={filters.annotations ?? ""}>
            <option value="">Any</option>
            {ANNOTATION_STATES.map((s) => (
              <option key={s} value={s}>
                {ANNOTATION_STATE_LABELS[s]}
              </option>
            ))}
          </Select>
        </label>
        <div className="flex items-end gap-3 lg:col-span-6">
          <Button type="submit">Apply filters</Button>
          <Link href="/clauses" className={linkClass}>
            Clear
          </Link>
        </div>
      </form>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {data.total} clause{data.total === 1 ? "" : "s"}
      </p>
      {data.total === 0 ? (
        <EmptyState title="No clause matches">Change or clear the filters.</EmptyState>
      ) : (
        <ClauseList
          label="Clauses"
          rows={data.rows}
          last={{
            header: "Annotations",
            cell: (c) =>
              c.annotations === 0 ? (
                "None"
              ) : (
                <Badge>
                  {c.openAnnotations} open of {c.annotations}
                </Badge>
              ),
          }}
        />
      )}
      {data.pageCount > 1 && (
        <nav aria-label="Pages" className="mt-3 flex items-center gap-3 text-sm">
          {filters.page > 1 && (
            <Link href={href(filters, filters.page - 1)} className={linkClass}>
              Previous
            </Link>
          )}
          <span>
            Page {filters.page} of {data.pageCount}
          </span>
          {filters.page < data.pageCount && (
            <Link href={href(filters, filters.page + 1)} className={linkClass}>
              Next
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
