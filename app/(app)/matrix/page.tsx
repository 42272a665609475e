import type { Metadata } from "next";
import { OUTCOMES, type Outcome } from "@/lib/domain";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ScenarioPicker } from "@/components/shell/scenario-picker";
import { titleCase } from "@/lib/format";
import { requireUser } from "@/lib/server/guards";
import {
  getEvaluation,
  listScenarioOptions,
  resolveScenarioId,
} from "@/lib/server/engine/get-evaluation";

export const metadata: Metadata = { title: "Matrix" };

/** So far: per model, in how many jurisdictions each access outcome applies under the scenario. */
export default async function MatrixPage({
  searchParams,
}: {
  searchParams: Promise<{ scenario?: string }>;
}) {
  await requireUser();
  const scenarioId = await resolveScenarioId((await searchParams).scenario);
  const evaluation = scenarioId ? await getEvaluation(scenarioId) : null;
  if (!evaluation)
    return (
      <>
        <PageHeader title="Jurisdiction matrix" />
        <EmptyState title="No policy scenario yet" />
      </>
    );
  const scenarios = await listScenarioOptions();
  const vendorName = new Map(evaluation.inventory.vendors.map((v) => [v.id, v.name]));
  const rows = evaluation.inventory.models.map((m) => {
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
    for (const code of evaluation.jurisdictionCodes) counts[evaluation.outcomeOf(m.id, code)]++;
    return { model: m, counts };
  });
  return (
    <>
      <PageHeader
        title="Jurisdiction matrix"
        description={`Access of each model across ${evaluation.jurisdictionCodes.length} jurisdictions under “${evaluation.scenario.name}”: how many jurisdictions fall under each outcome.`}
        actions={<ScenarioPicker scenarios={scenarios} value={evaluation.scenario.id} />}
      />
      <Table aria-label="Access by model">
        <thead>
          <tr>
            <Th>Vendor</Th>
            <Th>Model</Th>
            {OUTCOMES.map((o) => (
              <Th key={o} className="text-right">
                {titleCase(o)}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ model, counts }) => (
            <tr key={model.id}>
              <Td>{vendorName.get(model.vendorId)}</Td>
              <Td className="font-medium">{model.name}</Td>
              {OUTCOMES.map((o) => (
                <Td key={o} className="text-right tabular-nums">
                  {counts[o]}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
