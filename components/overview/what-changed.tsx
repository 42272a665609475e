import { Link } from "@/components/ui/link";
import type { Changes } from "@/lib/server/snapshots/load-changes";
import { BandBadge } from "@/components/inventory/band-badge";
import { OUTCOME_STYLE } from "@/components/matrix/outcome-style";
import { Input } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { Section } from "./chart-table";
import { deploymentLink } from "./overview-links";

const access = (o: keyof typeof OUTCOME_STYLE) => OUTCOME_STYLE[o].label;

/**
 * Deployments whose band or access moved since a date the user picks (a GET form, so the page
 * stays a link), each with the audited changes that can explain it.
 */
export function WhatChanged({
  scenarioId,
  baselineId,
  changes,
}: {
  scenarioId: string;
  baselineId: string;
  changes: Changes;
}) {
  return (
    <Section
      id="what-changed"
      title="What changed"
      description="Deployments whose band or access moved, and the recorded changes that explain it."
    >
      <form method="get" action="/" className="mb-3 flex flex-wrap items-end gap-2 text-sm">
        <input type="hidden" name="scenario" value={scenarioId} />
        <input type="hidden" name="baseline" value={baselineId} />
        <label className="flex flex-col gap-1">
          <span>Since</span>
          <Input type="date" name="since" defaultValue={changes.since} className="w-44" />
        </label>
        <button
          type="submit"
          className="rounded-md border border-zinc-300 px-3 py-1.5 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Show changes
        </button>
      </form>
      {changes.comparedWith === null ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No snapshot of this scenario from that time to compare with.
        </p>
      ) : changes.deployments.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="no-changes">
          Nothing moved since {changes.since} (compared with the snapshot of{" "}
          {changes.comparedWith.slice(0, 16).replace("T", " ")} UTC).
        </p>
      ) : (
        <Table aria-label="Deployments that moved" data-testid="changes-table">
          <thead>
            <tr>
              <Th>Deployment</Th>
              <Th>Band</Th>
              <Th>Access</Th>
              <Th>Why</Th>
            </tr>
          </thead>
          <tbody>
            {changes.deployments.map((d) => (
              <tr key={d.deploymentId}>
                <Td>
                  <Link
                    href={deploymentLink(scenarioId, d.deploymentId)}
                    className="text-sky-700 underline dark:text-sky-400"
                  >
                    {d.ref}
                  </Link>{" "}
                  <span className="text-zinc-600 dark:text-zinc-400">
                    {d.modelName}
                    {d.country && ` in ${d.country}`}
                  </span>
                </Td>
                <Td className="whitespace-nowrap">
                  <BandBadge band={d.before?.band ?? null} /> →{" "}
                  <BandBadge band={d.after?.band ?? null} />
                </Td>
                <Td className="whitespace-nowrap">
                  {d.before ? access(d.before.access) : "—"} →{" "}
                  {d.after ? access(d.after.access) : "not counted"}
                </Td>
                <Td>
                  {d.reasons.length === 0 ? (
                    <span className="text-zinc-600 dark:text-zinc-400">
                      No recorded edit explains it (a date passing, e.g. a rule coming into force).
                    </span>
                  ) : (
                    <ul className="list-disc pl-4">
                      {d.reasons.map((r) => (
                        <li key={r.text}>
                          {r.text}, {r.at.slice(0, 10)}
                          {r.actor && ` by ${r.actor}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        Compared with the scenario’s last snapshot before that day; at most 200 deployments listed.
      </p>
    </Section>
  );
}
