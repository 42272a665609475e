import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ReferenceStatusBadge } from "@/components/reference/reference-status-badge";
import { LiveRefresh } from "@/components/live/live-refresh";
import { can } from "@/lib/auth/permissions";
import { formatDate, titleCase } from "@/lib/format";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import { NewScenarioForm } from "../new-scenario-form";
import { ScenarioRowActions } from "../scenario-row-actions";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage() {
  const user = await requireUser();
  const scenarios = await db.policyScenario.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    include: { _count: { select: { rules: true } } },
  });
  const rights = {
    create: can(user.role, "create", "scenario"),
    archive: can(user.role, "archive", "scenario"),
    activate: can(user.role, "activate", "scenario"),
  };
  const current = scenarios.filter((s) => s.status !== "ARCHIVED");
  const archived = scenarios.filter((s) => s.status === "ARCHIVED");
  const table = (rows: typeof scenarios, label: string) => (
    <Table aria-label={label}>
      <thead>
        <tr>
          <Th>Scenario</Th>
          <Th>Status</Th>
          <Th className="text-right">Rules</Th>
          <Th>Default</Th>
          <Th>Updated</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id} data-testid={`scenario-row-${s.name}`}>
            <Td className="font-medium">
              <Link
                className="text-sky-700 underline dark:text-sky-400"
                href={`/scenarios/${s.id}`}
              >
                {s.name}
              </Link>{" "}
              <ReferenceStatusBadge status={s.legalStatus} />
              <p className="max-w-xl text-xs font-normal text-zinc-500 dark:text-zinc-400">
                {s.description}
              </p>
            </Td>
            <Td className="whitespace-nowrap">
              {s.isActive ? (
                <Badge className="border-sky-400 text-sky-800 dark:text-sky-300">
                  Active for the organisation
                </Badge>
              ) : (
                <Badge>{titleCase(s.status)}</Badge>
              )}
            </Td>
            <Td className="text-right tabular-nums">{s._count.rules}</Td>
            <Td className="whitespace-nowrap">{titleCase(s.defaultOutcome)}</Td>
            <Td className="whitespace-nowrap">{formatDate(s.updatedAt)}</Td>
            <Td>
              <ScenarioRowActions
                scenario={{
                  id: s.id,
                  name: s.name,
                  version: s.version,
                  isActive: s.isActive,
                  archived: s.status === "ARCHIVED",
                }}
                rights={rights}
              />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
  return (
    <>
      <PageHeader
        title="Policy scenarios"
        description="Each scenario is a set of rules: country groups × model criteria → an access outcome. The most restrictive matching rule decides."
        actions={<LiveRefresh />}
      />
      {rights.create && (
        <Card className="mb-6">
          <h2 className="mb-3 font-medium">New scenario</h2>
          <NewScenarioForm />
        </Card>
      )}
      {current.length === 0 ? (
        <EmptyState title="No scenarios yet">Create one to model a policy.</EmptyState>
      ) : (
        table(current, "Scenarios")
      )}
      {archived.length > 0 && (
        <section className="mt-8" aria-labelledby="archived-heading">
          <h2 id="archived-heading" className="mb-2 font-medium">
            Archived
          </h2>
          {table(archived, "Archived scenarios")}
        </section>
      )}
    </>
  );
}
