import type { Metadata } from "next";
import Link from "next/link";
import { BANDS, type Band } from "@/lib/domain";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ScenarioPicker } from "@/components/shell/scenario-picker";
import { LiveRefresh } from "@/components/live/live-refresh";
import { titleCase } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import {
  getEvaluation,
  listScenarioOptions,
  resolveScenarioId,
} from "@/lib/server/engine/get-evaluation";

export const metadata: Metadata = { title: "Overview" };

const BAND_CLASS: Record<Band, string> = {
  LOW: "bg-band-low text-white",
  MEDIUM: "bg-band-medium text-zinc-900",
  HIGH: "bg-band-high text-zinc-900",
  CRITICAL: "bg-band-critical text-white",
};

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<{ scenario?: string }>;
}) {
  await requireUser();
  const scenarioId = await resolveScenarioId((await searchParams).scenario);
  const [scenarios, counts] = await Promise.all([
    listScenarioOptions(),
    Promise.all([
      db.vendor.count({ where: { archivedAt: null } }),
      db.aiModel.count({ where: { archivedAt: null } }),
      db.deployment.count({ where: { archivedAt: null, status: "LIVE" } }),
      db.deployment
        .groupBy({
          by: ["jurisdictionCode"],
          where: { archivedAt: null, status: { not: "RETIRED" } },
        })
        .then((r) => r.length),
      db.contract.count({ where: { archivedAt: null } }),
    ]),
  ]);
  const evaluation = scenarioId ? await getEvaluation(scenarioId) : null;
  if (!evaluation)
    return (
      <>
        <PageHeader title="Overview" actions={<LiveRefresh />} />
        <EmptyState title="No policy scenario yet">Create a scenario to see risk.</EmptyState>
      </>
    );

  const portfolio = evaluation.rollups.portfolio;
  const top = evaluation.inventory.deployments
    .map((_, i) => evaluation.deploymentAt(i))
    .filter((d) => d.inRollups)
    .sort((a, b) => b.residual - a.residual || a.ref.localeCompare(b.ref))
    .slice(0, 10);
  const modelName = new Map(evaluation.inventory.models.map((m) => [m.id, m.name]));
  const [vendors, models, live, countries, contracts] = counts;

  return (
    <>
      <PageHeader
        title="Overview"
        description={`Risk of ${portfolio.deployments} planned and live deployments under “${evaluation.scenario.name}”, as of ${evaluation.asOf}.`}
        actions={
          <>
            <LiveRefresh />
            <ScenarioPicker scenarios={scenarios} value={evaluation.scenario.id} />
          </>
        }
      />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {[
          ["Vendors", vendors],
          ["Models", models],
          ["Live deployments", live],
          ["Countries served", countries],
          ["Contracts", contracts],
        ].map(([label, value]) => (
          <Card key={label}>
            <dt className="text-xs text-zinc-500">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
          </Card>
        ))}
      </dl>
      <h2 className="mb-2 font-medium">Deployments by residual risk band</h2>
      <ul className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Deployments by band">
        {BANDS.map((b) => (
          <li
            key={b.id}
            className={`rounded-lg p-4 ${BAND_CLASS[b.id]}`}
            data-testid={`band-${b.id}`}
          >
            <p className="text-sm font-medium">
              {b.label} ({b.min}–{b.max})
            </p>
            <p className="text-3xl font-semibold tabular-nums">{portfolio.bands[b.id]}</p>
          </li>
        ))}
      </ul>
      <h2 className="mb-2 font-medium">Highest residual risk</h2>
      <Table aria-label="Highest residual risk">
        <thead>
          <tr>
            <Th>Ref</Th>
            <Th>Model</Th>
            <Th>Access</Th>
            <Th>Because of</Th>
            <Th className="text-right">Inherent</Th>
            <Th className="text-right">Residual</Th>
            <Th>Band</Th>
          </tr>
        </thead>
        <tbody>
          {top.map((d) => (
            <tr key={d.deploymentId}>
              <Td className="font-mono text-xs">{d.ref}</Td>
              <Td>{modelName.get(d.modelId)}</Td>
              <Td>
                {titleCase(d.access)}
                {d.upcomingOutcome && (
                  <span className="text-xs text-zinc-500">
                    {" "}
                    → {titleCase(d.upcomingOutcome)} (upcoming)
                  </span>
                )}
              </Td>
              <Td>{d.accessFromCode}</Td>
              <Td className="text-right tabular-nums">{d.inherent}</Td>
              <Td className="text-right font-semibold tabular-nums">{d.residual}</Td>
              <Td>{titleCase(d.band)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
        How scores are computed:{" "}
        <Link className="text-sky-700 underline dark:text-sky-400" href="/scenarios">
          scenarios and their rules
        </Link>
        ; the risk model is documented in docs/risk-model.md.
      </p>
    </>
  );
}
