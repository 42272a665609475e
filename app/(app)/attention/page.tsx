import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ATTENTION_LABELS } from "@/lib/domain/treatment/needs-attention";
import { titleCase } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { getEvaluation } from "@/lib/server/engine/get-evaluation";
import { requireUser } from "@/lib/server/guards";
import { loadNeedsAttention } from "@/lib/server/treatment/count-needs-attention";

export const metadata: Metadata = { title: "Needs attention" };

export default async function NeedsAttentionPage({
  searchParams,
}: {
  searchParams: Promise<{ scenario?: string }>;
}) {
  await requireUser();
  const { scenario } = await searchParams;
  const { scenarioId, items } = await loadNeedsAttention(scenario);
  const evaluation = scenarioId ? await getEvaluation(scenarioId) : null;
  const models = new Map(evaluation?.inventory.models.map((m) => [m.id, m.name]) ?? []);
  const countries = new Map(evaluation?.inventory.jurisdictions.map((j) => [j.code, j.name]) ?? []);
  const owners = new Map(
    (await db.user.findMany({ select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return (
    <>
      <PageHeader
        title="Needs attention"
        description={`Under “${evaluation?.scenario.name ?? "no scenario"}”: deployments with a compliance finding or above the risk appetite and no treatment, overdue mitigation plans, expired acceptances and passed review dates.`}
      />
      {items.length === 0 ? (
        <EmptyState title="Nothing needs attention">
          Every deployment above the appetite has a current treatment.
        </EmptyState>
      ) : (
        <Table aria-label="Deployments that need attention">
          <thead>
            <tr>
              <Th>Deployment</Th>
              <Th>Model</Th>
              <Th>Serves</Th>
              <Th>Band</Th>
              <Th>Why</Th>
              <Th>Owner</Th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.deploymentId} data-testid={`attention-${i.ref}`}>
                <Td>
                  <Link
                    href={`/deployments/${i.deploymentId}`}
                    className="text-sky-700 underline dark:text-sky-400"
                  >
                    {i.ref}
                  </Link>
                </Td>
                <Td>{models.get(i.modelId) ?? i.modelId}</Td>
                <Td>{countries.get(i.code) ?? i.code}</Td>
                <Td>{titleCase(i.band)}</Td>
                <Td>{ATTENTION_LABELS[i.reason]}</Td>
                <Td>{(i.ownerId && owners.get(i.ownerId)) || "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
