import type { Metadata } from "next";
import { format } from "date-fns";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requirePagePermission("read", "auditLog");
  const events = await db.auditEvent.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { actor: { select: { name: true } } },
  });
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, who made it and when (latest 200)."
      />
      {events.length === 0 ? (
        <EmptyState title="No changes recorded yet" />
      ) : (
        <Table aria-label="Audit events">
          <thead>
            <tr>
              <Th>Time</Th>
              <Th>Actor</Th>
              <Th>Action</Th>
              <Th>Entity</Th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <Td className="whitespace-nowrap tabular-nums">
                  {format(e.createdAt, "yyyy-MM-dd HH:mm:ss")}
                </Td>
                <Td>{e.actor?.name ?? "System"}</Td>
                <Td className="font-mono text-xs">{e.action}</Td>
                <Td className="font-mono text-xs">
                  {e.entityType} {e.entityId}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
