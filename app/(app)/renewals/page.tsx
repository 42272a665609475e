import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ClauseList } from "@/components/contracts/clause-list";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import {
  listRenewals,
  RENEWAL_WINDOW_DAYS,
  REVIEW_AFTER_DAYS,
} from "@/lib/server/contracts/list-renewals";

export const metadata: Metadata = { title: "Renewals and review" };

const linkClass = "font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400";

export default async function RenewalsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  await requirePagePermission("update", "clause");
  const requested = Number((await searchParams).page);
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const data = await listRenewals(db, page);
  return (
    <>
      <PageHeader
        title="Renewals and review"
        description={`Contracts expiring within ${RENEWAL_WINDOW_DAYS} days of ${data.today}, and clauses of contracts still running that nobody has assessed for ${REVIEW_AFTER_DAYS} days.`}
      />
      <section aria-labelledby="renew-heading" className="mb-8">
        <h2 id="renew-heading" className="mb-2 text-lg font-semibold">
          Expiring within {RENEWAL_WINDOW_DAYS} days ({data.contracts.length})
        </h2>
        {data.contracts.length === 0 ? (
          <EmptyState title="No contract expires soon">
            Contracts appear here {RENEWAL_WINDOW_DAYS} days before their expiry date.
          </EmptyState>
        ) : (
          <div className="relative overflow-x-auto">
            <Table aria-label="Contracts expiring soon" className="min-w-[36rem]">
              <thead>
                <tr>
                  <Th>Contract</Th>
                  <Th>Counterparty</Th>
                  <Th>Expires</Th>
                  <Th>Clauses</Th>
                </tr>
              </thead>
              <tbody>
                {data.contracts.map((c) => (
                  <tr key={c.id}>
                    <Td>
                      <Link href={`/contracts/${c.id}`} className={linkClass}>
                        {c.title}
                      </Link>
                    </Td>
                    <Td>{c.counterparty}</Td>
                    <Td>
                      {c.expiryDate}{" "}
                      <Badge>
                        {c.daysLeft === 0
                          ? "today"
                          : `in ${c.daysLeft} day${c.daysLeft === 1 ? "" : "s"}`}
                      </Badge>
                    </Td>
                    <Td>{c.clauses}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        )}
      </section>
      <section aria-labelledby="review-heading">
        <h2 id="review-heading" className="mb-2 text-lg font-semibold">
          Clauses due a review ({data.clauseCount})
        </h2>
        {data.clauseCount === 0 ? (
          <EmptyState title="Every clause has a recent review">
            A clause appears here when its last assessment is more than {REVIEW_AFTER_DAYS} days
            old.
          </EmptyState>
        ) : (
          <>
            <ClauseList
              label="Clauses due a review"
              rows={data.clauses}
              last={{ header: "Last reviewed", cell: (c) => c.lastReviewed ?? "Never" }}
            />
            {data.pageCount > 1 && (
              <nav aria-label="Pages" className="mt-3 flex items-center gap-3 text-sm">
                {page > 1 && (
                  <Link href={`/renewals?page=${page - 1}`} className={linkClass}>
                    Previous
                  </Link>
                )}
                <span>
                  Page {page} of {data.pageCount}
                </span>
                {page < data.pageCount && (
                  <Link href={`/renewals?page=${page + 1}`} className={linkClass}>
                    Next
                  </Link>
                )}
              </nav>
            )}
          </>
        )}
      </section>
    </>
  );
}
