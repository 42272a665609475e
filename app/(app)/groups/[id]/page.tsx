import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ReferenceFacts } from "@/components/reference/reference-facts";
import { MembershipHistory } from "@/components/groups/membership-history";
import { AsOfControl } from "@/components/shell/as-of-control";
import { MemberListImport } from "@/components/groups/member-list-import";
import { DeleteGroupButton } from "./delete-group-button";
import { GroupForm } from "../group-form";
import { parseAsOf } from "@/lib/as-of";
import { can } from "@/lib/auth/permissions";
import { today } from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { getGroupDetail } from "@/lib/server/groups/get-group-detail";
import { requireUser } from "@/lib/server/guards";
import { loadEditorOptions } from "@/lib/server/scenarios/load-editor-options";

export const metadata: Metadata = { title: "Country group" };

export default async function GroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ asOf?: string }>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // ?asOf= shows the members in force on that day (past or scheduled); the editor keeps today's.
  const asOf = parseAsOf(query.asOf) ?? today();
  const [detail, current, options] = await Promise.all([
    getGroupDetail(db, id, asOf),
    asOf === today() ? null : getGroupDetail(db, id, today()),
    loadEditorOptions(db),
  ]);
  if (!detail) notFound();
  const { group, members, history, usage } = detail;
  const todaysMembers = (current ?? detail).members;
  const byRegion = new Map<string, typeof options.countries>();
  for (const c of options.countries)
    if (members.has(c.code)) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c]);
  const canEdit = can(user.role, "update", "countryGroup");
  const canDelete = can(user.role, "archive", "countryGroup");

  return (
    <>
      <PageHeader
        title={group.name}
        description={
          <>
            <Link className="text-sky-700 underline dark:text-sky-400" href="/groups">
              All country groups
            </Link>{" "}
            · {members.size} members
            {asOf !== today()
              ? ` on ${asOf}`
              : group.asOf && ` (list as of ${formatDate(group.asOf)})`}
            {group.description && (
              <>
                <br />
                {group.description}
              </>
            )}
          </>
        }
        actions={
          <>
            <LiveRefresh />
            <AsOfControl asOf={asOf} today={today()} />
            {canDelete && <DeleteGroupButton id={group.id} name={group.name} />}
          </>
        }
      />
      <ReferenceFacts
        status={group.legalStatus}
        sources={group.source}
        urls={group.sourceUrl ? [group.sourceUrl] : []}
        checkedOn={group.checkedOn}
        asOf={group.asOf}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="members-heading" className="flex flex-col gap-4">
          <h2 id="members-heading" className="font-medium">
            Members by region{asOf !== today() && ` on ${asOf}`}
          </h2>
          {members.size === 0 && (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">
              This group has no members yet.
            </p>
          )}
          {[...byRegion].map(([region, list]) => (
            <Card key={region}>
              <h3 className="mb-2 text-sm font-semibold">
                {region} ({list.length})
              </h3>
              <ul
                className="grid grid-cols-2 gap-1 text-sm sm:grid-cols-3"
                aria-label={`Members in ${region}`}
              >
                {list.map((c) => (
                  <li key={c.code}>
                    <span aria-hidden="true">{c.flag}</span> {c.name}{" "}
                    <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">
                      {c.code}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
          <MembershipHistory
            history={history}
            asOf={asOf}
            names={Object.fromEntries(options.countries.map((c) => [c.code, c]))}
          />
          <h2 className="font-medium">Used by scenarios</h2>
          {usage.length === 0 ? (
            <p className="text-sm text-zinc-500 dark:text-zinc-400" data-testid="group-usage">
              No scenario uses this group.
            </p>
          ) : (
            <ul className="list-disc pl-5 text-sm" data-testid="group-usage">
              {usage.map((u) => (
                <li key={u.scenarioId}>
                  <Link
                    className="text-sky-700 underline dark:text-sky-400"
                    href={`/scenarios/${u.scenarioId}`}
                  >
                    {u.scenarioName}
                  </Link>
                  {u.archived && " (archived)"}:{" "}
                  {u.rules.map((r) => `${r.name}${r.excludes ? " (excluded)" : ""}`).join("; ")}
                </li>
              ))}
            </ul>
          )}
        </section>
        {canEdit && (
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="mb-2 font-medium">
              Edit group
            </h2>
            <Card>
              <GroupForm
                key={group.version}
                id={group.id}
                version={group.version}
                countries={options.countries}
                initial={{
                  name: group.name,
                  description: group.description,
                  source: group.source,
                  sourceUrl: group.sourceUrl ?? "",
                  asOf: group.asOf ? formatDate(group.asOf) : "",
                  legalStatus: group.legalStatus,
                  checkedOn: group.checkedOn ? formatDate(group.checkedOn) : "",
                  members: [...todaysMembers].sort(),
                }}
              />
            </Card>
            <h2 id="import-heading" className="mt-6 mb-2 font-medium">
              Import an updated member list
            </h2>
            <Card>
              <MemberListImport groupId={group.id} today={today()} />
            </Card>
          </section>
        )}
      </div>
    </>
  );
}
