import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatFlop } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage() {
  await requireUser();
  const models = await db.aiModel.findMany({
    where: { archivedAt: null },
    orderBy: [{ vendor: { name: "asc" } }, { name: "asc" }],
    include: {
      vendor: { select: { name: true } },
      origin: { select: { name: true } },
      _count: { select: { deployments: true } },
    },
  });
  return (
    <>
      <PageHeader
        title="Models"
        description={`${models.length} models. Unknown facts are treated as the worst case when scoring.`}
      />
      {models.length === 0 ? (
        <EmptyState title="No models yet" />
      ) : (
        <Table aria-label="Models">
          <thead>
            <tr>
              <Th>Model</Th>
              <Th>Vendor</Th>
              <Th>Origin</Th>
              <Th>Weights</Th>
              <Th className="text-right">Training compute</Th>
              <Th>Class</Th>
              <Th className="text-right">Deployments</Th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.id}>
                <Td className="font-medium">{m.name}</Td>
                <Td>{m.vendor.name}</Td>
                <Td>{m.origin?.name ?? <span className="text-amber-700">unknown</span>}</Td>
                <Td>
                  {m.weights?.toLowerCase() ?? <span className="text-amber-700">unknown</span>}
                </Td>
                <Td className="text-right tabular-nums">
                  {m.trainingComputeFlop === null ? (
                    <span className="text-amber-700">unknown</span>
                  ) : (
                    formatFlop(m.trainingComputeFlop)
                  )}
                </Td>
                <Td>{m.capabilityClass.toLowerCase()}</Td>
                <Td className="text-right tabular-nums">{m._count.deployments}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
