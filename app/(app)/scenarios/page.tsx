import type { Metadata } from "next";
import { Badge, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { titleCase } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage() {
  await requireUser();
  const scenarios = await db.policyScenario.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    include: { rules: { orderBy: { position: "asc" } } },
  });
  return (
    <>
      <PageHeader
        title="Policy scenarios"
        description="Each scenario is a set of rules: country groups × model criteria → an access outcome. The most restrictive matching rule decides."
      />
      <div className="flex flex-col gap-6">
        {scenarios.map((s) => (
          <section key={s.id} aria-labelledby={`scenario-${s.id}`}>
            <h2
              id={`scenario-${s.id}`}
              className="flex flex-wrap items-center gap-2 text-lg font-medium"
            >
              {s.name}
              <Badge>{titleCase(s.status)}</Badge>
              {s.isActive && (
                <Badge className="border-sky-400 text-sky-800 dark:text-sky-300">
                  Organisation&apos;s active scenario
                </Badge>
              )}
            </h2>
            <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
              {s.description} Default outcome: {titleCase(s.defaultOutcome)}.
            </p>
            <Table aria-label={`Rules of ${s.name}`}>
              <thead>
                <tr>
                  <Th>Rule</Th>
                  <Th>Outcome</Th>
                  <Th>Rationale</Th>
                  <Th>Effective</Th>
                </tr>
              </thead>
              <tbody>
                {s.rules.map((r) => (
                  <tr key={r.id}>
                    <Td className="font-medium">{r.name}</Td>
                    <Td className="whitespace-nowrap">{titleCase(r.outcome)}</Td>
                    <Td className="text-xs">{r.rationale}</Td>
                    <Td className="whitespace-nowrap">
                      {r.effectiveDate ? r.effectiveDate.toISOString().slice(0, 10) : "In force"}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        ))}
      </div>
    </>
  );
}
