import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Country groups" };

export default async function GroupsPage() {
  await requireUser();
  const groups = await db.countryGroup.findMany({
    orderBy: { name: "asc" },
    include: {
      members: { select: { jurisdictionCode: true }, orderBy: { jurisdictionCode: "asc" } },
    },
  });
  return (
    <>
      <PageHeader
        title="Country groups"
        description="The groups policy rules refer to. Each says where its membership comes from."
      />
      <Table aria-label="Country groups">
        <thead>
          <tr>
            <Th>Group</Th>
            <Th className="text-right">Members</Th>
            <Th>Countries</Th>
            <Th>Source</Th>
            <Th>As of</Th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id}>
              <Td className="font-medium">
                {g.name}
                <p className="text-xs font-normal text-zinc-500">{g.description}</p>
              </Td>
              <Td className="text-right tabular-nums">{g.members.length}</Td>
              <Td className="max-w-md font-mono text-xs">
                {g.members.map((m) => m.jurisdictionCode).join(" ")}
              </Td>
              <Td className="max-w-xs text-xs">
                {g.sourceUrl ? (
                  <a
                    className="text-sky-700 underline dark:text-sky-400"
                    href={g.sourceUrl}
                    rel="noreferrer"
                    target="_blank"
                  >
                    {g.source}
                  </a>
                ) : (
                  g.source
                )}
              </Td>
              <Td className="whitespace-nowrap">{formatDate(g.asOf)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
