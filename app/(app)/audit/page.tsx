import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { format } from "date-fns";
import { AuditDiff } from "@/components/audit/audit-diff";
import { AuditFilters } from "@/components/audit/audit-filters";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { entityHref } from "@/lib/audit/entity-link";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listAuditEvents } from "@/lib/server/audit-log/list-audit-events";
import { listAuditFacets } from "@/lib/server/audit-log/list-audit-facets";
import { auditLogFiltersSchema, type AuditLogFilters } from "@/lib/validation/audit-log";

export const metadata: Metadata = { title: "Audit log" };

function pageHref(filters: AuditLogFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (key !== "page" && value !== undefined) params.set(key, String(value));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/audit?${query}` : "/audit";
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("read", "auditLog");
  const filters = auditLogFiltersSchema.parse(await searchParams);
  const [{ events, total, page, pageCount }, facets] = await Promise.all([
    listAuditEvents(db, filters),
    listAuditFacets(db),
  ]);
  const filtered = Object.entries(filters).some(([k, v]) => k !== "page" && v !== undefined);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change: who made it, when, and what changed, field by field."
      />
      <AuditFilters filters={filters} entityTypes={facets.entityTypes} actors={facets.actors} />
      {filters.requestId && (
        <p className="mb-3 text-sm">
          Showing the changes of one request or import ({filters.requestId}).
        </p>
      )}
      {events.length === 0 ? (
        <EmptyState title={filtered ? "No changes match these filters" : "No changes recorded yet"}>
          {filtered && (
            <Link href="/audit" className="underline">
              Clear the filters
            </Link>
          )}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="audit-count">
            {total.toLocaleString("en")} change{total === 1 ? "" : "s"} · page {page} of {pageCount}
          </p>
          <Table aria-label="Audit events">
            <thead>
              <tr>
                <Th>Time (UTC)</Th>
                <Th>Actor</Th>
                <Th>Action</Th>
                <Th>Entity</Th>
                <Th>Changes</Th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => {
                const href = entityHref(e.entityType, e.entityId);
                return (
                  <tr key={e.id} data-testid="audit-event">
                    <Td className="whitespace-nowrap tabular-nums">
                      <time dateTime={e.createdAt.toISOString()}>
                        {format(e.createdAt, "yyyy-MM-dd HH:mm:ss")}
                      </time>
                    </Td>
                    <Td>{e.actor?.name ?? "System"}</Td>
                    <Td className="font-mono text-xs">{e.action}</Td>
                    <Td className="text-xs">
                      <span className="font-mono">{e.entityType}</span>{" "}
                      {href ? (
                        <Link href={href} className="font-mono underline">
                          {e.entityId}
                        </Link>
                      ) : (
                        <span className="font-mono">{e.entityId}</span>
                      )}
                    </Td>
                    <Td>
                      <AuditDiff before={e.before} after={e.after} />
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <nav aria-label="Pages" className="mt-3 flex items-center gap-3 text-sm">
            {page > 1 ? (
              <Link href={pageHref(filters, page - 1)} className="underline" rel="prev">
                Previous page
              </Link>
            ) : (
              <span className="text-zinc-500 dark:text-zinc-400">Previous page</span>
            )}
            {page < pageCount ? (
              <Link href={pageHref(filters, page + 1)} className="underline" rel="next">
                Next page
              </Link>
            ) : (
              <span className="text-zinc-500 dark:text-zinc-400">Next page</span>
            )}
          </nav>
        </>
      )}
    </>
  );
}
