import { Badge } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";
import type { ClauseWorkspace } from "@/lib/server/contracts/get-clause";
import { AnnotationBody } from "./annotation-body";
import { tagLabel, tagStyle } from "./tags";
import { ThreadControls } from "./thread-controls";

type Thread = ClauseWorkspace["annotations"][number];

/** One annotation: its quote (marked detached when the text no longer holds it), body and replies. */
export function AnnotationThread({
  note,
  canAnnotate,
  people,
}: {
  note: Thread;
  canAnnotate: boolean;
  people: { id: string; name: string }[];
}) {
  const resolved = note.status === "RESOLVED";
  const detached = note.anchor === "DETACHED";
  return (
    <article
      aria-label={`${tagLabel(note.tag)} annotation by ${note.author.name}`}
      data-testid="annotation"
      className={cn(
        "space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800",
        resolved && "opacity-75",
      )}
    >
      <header className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <span className={cn("rounded px-1.5 py-0.5 text-xs font-medium", tagStyle(note.tag))}>
          {tagLabel(note.tag)}
        </span>
        {resolved && <Badge>Resolved</Badge>}
        {detached && (
          <Badge className="border-amber-500 text-amber-800 dark:text-amber-300">Detached</Badge>
        )}
        <span>
          {note.author.name} · {formatDate(note.createdAt)}
        </span>
      </header>
      <blockquote
        className={cn(
          "border-l-4 pl-2 text-sm italic text-zinc-700 dark:text-zinc-300",
          detached ? "border-amber-500" : "border-zinc-300 dark:border-zinc-700",
        )}
      >
        {note.quote}
      </blockquote>
      {detached && (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          The clause was edited and no longer contains this quote.
        </p>
      )}
      <AnnotationBody body={note.body} />
      {note.mentions.length > 0 && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Assigned to {note.mentions.map((m) => `@${m.user.name}`).join(", ")}
        </p>
      )}
      {note.replies.length > 0 && (
        <ol
          aria-label="Replies"
          className="space-y-2 border-l border-zinc-200 pl-3 dark:border-zinc-800"
        >
          {note.replies.map((r) => (
            <li key={r.id} className="space-y-1">
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                {r.author.name} · {formatDate(r.createdAt)}
              </p>
              <AnnotationBody body={r.body} />
            </li>
          ))}
        </ol>
      )}
      {canAnnotate && (
        <ThreadControls id={note.id} version={note.version} resolved={resolved} people={people} />
      )}
    </article>
  );
}
