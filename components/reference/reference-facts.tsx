import type { ReferenceStatus } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { REFERENCE_STATUS_HINTS } from "@/lib/reference/reference-status";
import { Card } from "@/components/ui/card";
import { ReferenceStatusBadge } from "./reference-status-badge";

/** What a group or scenario is, where it comes from, and when someone last checked it. */
export function ReferenceFacts({
  status,
  sources,
  urls,
  checkedOn,
  asOf,
}: {
  status: ReferenceStatus;
  sources: string;
  urls: string[];
  checkedOn: Date | null;
  asOf?: Date | null;
}) {
  return (
    <Card className="mb-6" data-testid="reference-facts">
      <h2 className="sr-only">What this is and where it comes from</h2>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-zinc-500 dark:text-zinc-400">Status</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <ReferenceStatusBadge status={status} />
          <span className="text-zinc-600 dark:text-zinc-400">{REFERENCE_STATUS_HINTS[status]}</span>
        </dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Sources</dt>
        <dd>
          {sources || <span className="text-zinc-500 dark:text-zinc-400">None stated.</span>}
          {urls.length > 0 && (
            <ul className="mt-1 flex flex-col gap-0.5">
              {urls.map((url) => (
                <li key={url} className="break-all">
                  <a
                    className="text-sky-700 underline dark:text-sky-400"
                    href={url}
                    rel="noreferrer noopener"
                    target="_blank"
                  >
                    {url}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {asOf !== undefined && (
          <>
            <dt className="text-zinc-500 dark:text-zinc-400">Membership as of</dt>
            <dd>{formatDate(asOf)}</dd>
          </>
        )}
        <dt className="text-zinc-500 dark:text-zinc-400">Last checked</dt>
        <dd>
          {checkedOn ? (
            formatDate(checkedOn)
          ) : (
            <span className="text-zinc-500 dark:text-zinc-400">Not stated</span>
          )}
        </dd>
      </dl>
    </Card>
  );
}
