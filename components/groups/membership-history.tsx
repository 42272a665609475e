import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { DatedPeriod, PeriodState } from "@/lib/domain";

const STATE_WORDS: Record<PeriodState, string> = {
  ENDED: "Ended",
  IN_FORCE: "In force",
  SCHEDULED: "Scheduled",
};

const STATE_STYLE: Record<PeriodState, string> = {
  ENDED: "text-zinc-600 dark:text-zinc-400",
  IN_FORCE:
    "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  SCHEDULED:
    "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100",
};

/**
 * A group's dated membership changes (e.g. Cambodia in D:5 from 9 Dec 2021 until 3 Feb 2026):
 * the "until" date is the first day the country is no longer a member.
 */
export function MembershipHistory({
  history,
  asOf,
  names,
}: {
  history: DatedPeriod[];
  asOf: string;
  names: Record<string, { name: string; flag: string }>;
}) {
  return (
    <section aria-labelledby="history-heading" className="flex flex-col gap-2">
      <h2 id="history-heading" className="font-medium">
        Membership history
      </h2>
      {history.length === 0 ? (
        <p className="text-sm text-zinc-500">
          No dated changes: every member has belonged since the group&apos;s records start.
        </p>
      ) : (
        <Table aria-label="Membership history">
          <thead>
            <tr>
              <Th>Country</Th>
              <Th>From</Th>
              <Th>Until</Th>
              <Th>State</Th>
            </tr>
          </thead>
          <tbody>
            {history.map((p) => (
              <tr key={`${p.code}-${p.validFrom}`}>
                <Td>
                  <span aria-hidden="true">{names[p.code]?.flag}</span>{" "}
                  {names[p.code]?.name ?? p.code}{" "}
                  <span className="font-mono text-xs text-zinc-500">{p.code}</span>
                </Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {p.validFrom ?? "since records start"}
                </Td>
                <Td className="whitespace-nowrap tabular-nums">{p.validTo ?? "—"}</Td>
                <Td>
                  <Badge className={`whitespace-nowrap ${STATE_STYLE[p.state]}`}>
                    {STATE_WORDS[p.state]}
                  </Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="text-xs text-zinc-500">
        State on {asOf}. “Until” is the first day a country is no longer a member.
      </p>
    </section>
  );
}
