import type { Metadata } from "next";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { titleCase } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Deployments" };

export default async function DeploymentsPage() {
  await requireUser();
  const deployments = await db.deployment.findMany({
    where: { archivedAt: null },
    orderBy: { ref: "asc" },
    include: {
      model: { select: { name: true } },
      jurisdiction: { select: { name: true } },
      _count: { select: { reach: true } },
    },
  });
  return (
    <>
      <PageHeader
        title="Deployments"
        description={`${deployments.length} deployments: which model runs where, for whom.`}
      />
      {deployments.length === 0 ? (
        <EmptyState title="No deployments yet" />
      ) : (
        <Table aria-label="Deployments">
          <thead>
            <tr>
              <Th>Ref</Th>
              <Th>Model</Th>
              <Th>Serves</Th>
              <Th>Cloud region</Th>
              <Th>Scope</Th>
              <Th>Business unit</Th>
              <Th>Use case</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {deployments.map((d) => (
              <tr key={d.id}>
                <Td className="font-mono text-xs">{d.ref}</Td>
                <Td>{d.model.name}</Td>
                <Td>{d.jurisdiction.name}</Td>
                <Td className="whitespace-nowrap">
                  {d.cloudProvider} · {d.cloudRegion}
                </Td>
                <Td>
                  {titleCase(d.processingScope)}{" "}
                  <span className="text-xs text-zinc-500">({d._count.reach} countries)</span>
                </Td>
                <Td>{d.businessUnit}</Td>
                <Td>{d.useCase}</Td>
                <Td>
                  <Badge>{titleCase(d.status)}</Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
