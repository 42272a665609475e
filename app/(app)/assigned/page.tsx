import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AnnotationBody } from "@/components/annotations/annotation-body";
import { tagLabel, tagStyle } from "@/components/annotations/tags";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";
import { listAssignedAnnotations } from "@/lib/server/annotations/list-assigned-annotations";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Assigned to me" };

export default async function AssignedPage() {
  const user = await requireUser();
  const rows = await listAssignedAnnotations(db, user.id);
  return (
    <>
      <PageHeader
        title="Assigned to me"
        description="Open annotation threads that mention you. Resolved threads leave this list."
      />
      {rows.length === 0 ? (
        <EmptyState title="Nothing assigned to you">
          When someone @mentions you on a clause annotation, it appears here.
        </EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="Assigned annotations">
          {rows.map((a) => (
            <li
              key={a.id}
              className="space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
            >
              <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                <span className={cn("rounded px-1.5 py-0.5 font-medium", tagStyle(a.tag))}>
                  {tagLabel(a.tag)}
                </span>
                {a.anchor === "DETACHED" && <Badge>Detached</Badge>}
                <span>
                  {a.author.name} · {formatDate(a.createdAt)} · {a._count.replies} replies
                </span>
              </div>
              <Link
                href={`/contracts/${a.clause.contract.id}/clauses/${a.clause.id}`}
                className="font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400"
              >
                {a.clause.contract.vendor.name} — {a.clause.contract.title}: {a.clause.heading}
              </Link>
              <blockquote className="border-l-4 border-zinc-300 pl-2 text-sm italic dark:border-zinc-700">
                {a.quote}
              </blockquote>
              <AnnotationBody body={a.body} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
