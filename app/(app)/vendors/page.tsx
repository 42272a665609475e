import type { Metadata } from "next";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage() {
  await requireUser();
  const vendors = await db.vendor.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    include: { hq: true, _count: { select: { models: true, contracts: true } } },
  });
  return (
    <>
      <PageHeader title="Vendors" description={`${vendors.length} vendors supplying AI models.`} />
      {vendors.length === 0 ? (
        <EmptyState title="No vendors yet" />
      ) : (
        <Table aria-label="Vendors">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Headquarters</Th>
              <Th>Status</Th>
              <Th>Owner</Th>
              <Th className="text-right">Models</Th>
              <Th className="text-right">Contracts</Th>
            </tr>
          </thead>
          <tbody>
            {vendors.map((v) => (
              <tr key={v.id}>
                <Td className="font-medium">{v.name}</Td>
                <Td>{v.hq?.name ?? "Unknown"}</Td>
                <Td>
                  <Badge>{v.status.replace("_", " ").toLowerCase()}</Badge>
                </Td>
                <Td>{v.owner}</Td>
                <Td className="text-right tabular-nums">{v._count.models}</Td>
                <Td className="text-right tabular-nums">{v._count.contracts}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
