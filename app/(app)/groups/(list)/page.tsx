import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ReferenceStatusBadge } from "@/components/reference/reference-status-badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { LiveRefresh } from "@/components/live/live-refresh";
import { GroupForm } from "../group-form";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { flagOf } from "@/lib/reference/flags";
import { db } from "@/lib/server/db/client";
import { listGroups } from "@/lib/server/groups/list-groups";
import { requireUser } from "@/lib/server/guards";
import { loadEditorOptions } from "@/lib/server/scenarios/load-editor-options";

export const metadata: Metadata = { title: "Country groups" };

export default async function GroupsPage() {
  const user = await requireUser();
  const canCreate = can(user.role, "create", "countryGroup");
  const [groups, options] = await Promise.all([
    listGroups(db),
    canCreate ? loadEditorOptions(db) : null,
  ]);
  return (
    <>
      <PageHeader
        title="Country groups"
        description="The groups policy rules refer to. Each says where its membership comes from; changing one re-scores every scenario that uses it."
        actions={<LiveRefresh />}
      />
      {options && (
        <details className="mb-6">
          <summary className="cursor-pointer font-medium text-sky-700 dark:text-sky-400">
            New country group
          </summary>
          <Card className="mt-2">
            <GroupForm
              countries={options.countries}
              initial={{
                name: "",
                description: "",
                source: "",
                sourceUrl: "",
                asOf: "",
                legalStatus: "COMPANY_POLICY",
                checkedOn: "",
                members: [],
              }}
            />
          </Card>
        </details>
      )}
      {groups.length === 0 ? (
        <EmptyState title="No country groups yet" />
      ) : (
        <Table aria-label="Country groups">
          <thead>
            <tr>
              <Th>Group</Th>
              <Th className="text-right">Members</Th>
              <Th>Countries</Th>
              <Th>Used by</Th>
              <Th>As of</Th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id} data-testid={`group-row-${g.name}`}>
                <Td className="font-medium">
                  <Link
                    className="text-sky-700 underline dark:text-sky-400"
                    href={`/groups/${g.id}`}
                  >
                    {g.name}
                  </Link>{" "}
                  <ReferenceStatusBadge status={g.legalStatus} />
                  <p className="max-w-sm text-xs font-normal text-zinc-500 dark:text-zinc-400">
                    {g.description}
                  </p>
                </Td>
                <Td className="text-right tabular-nums">{g.members.length}</Td>
                <Td className="max-w-md text-xs">
                  {g.members.map((code) => (
                    <span key={code} className="mr-1.5 inline-block whitespace-nowrap font-mono">
                      <span aria-hidden="true">{flagOf(code)}</span> {code}
                    </span>
                  ))}
                </Td>
                <Td className="text-xs">
                  {g.scenarios.length === 0
                    ? "No scenario"
                    : g.scenarios.map((s, i) => (
                        <span key={s.id}>
                          {i > 0 && ", "}
                          <Link
                            className="text-sky-700 underline dark:text-sky-400"
                            href={`/scenarios/${s.id}`}
                          >
                            {s.name}
                          </Link>
                        </span>
                      ))}
                </Td>
                <Td className="whitespace-nowrap">{formatDate(g.asOf)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
