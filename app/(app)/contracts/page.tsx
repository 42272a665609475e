import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Contracts" };

export default async function ContractsPage() {
  await requireUser();
  const contracts = await db.contract.findMany({
    where: { archivedAt: null },
    orderBy: [{ vendor: { name: "asc" } }, { title: "asc" }],
    include: {
      vendor: { select: { name: true } },
      governingLaw: { select: { name: true } },
      clauses: { select: { assessment: true } },
    },
  });
  return (
    <>
      <PageHeader
        title="Contracts"
        description={`${contracts.length} vendor contracts and their clauses.`}
      />
      {contracts.length === 0 ? (
        <EmptyState title="No contracts yet" />
      ) : (
        <Table aria-label="Contracts">
          <thead>
            <tr>
              <Th>Title</Th>
              <Th>Vendor</Th>
              <Th>Effective</Th>
              <Th>Expires</Th>
              <Th>Governing law</Th>
              <Th className="text-right">Clauses</Th>
              <Th className="text-right">Adequate</Th>
            </tr>
          </thead>
          <tbody>
            {contracts.map((c) => (
              <tr key={c.id}>
                <Td className="font-medium">{c.title}</Td>
                <Td>{c.vendor.name}</Td>
                <Td className="whitespace-nowrap">{formatDate(c.effectiveDate)}</Td>
                <Td className="whitespace-nowrap">{formatDate(c.expiryDate)}</Td>
                <Td>{c.governingLaw?.name ?? "—"}</Td>
                <Td className="text-right tabular-nums">{c.clauses.length}</Td>
                <Td className="text-right tabular-nums">
                  {c.clauses.filter((cl) => cl.assessment === "ADEQUATE").length}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
