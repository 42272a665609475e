import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { format } from "date-fns";
import { MethodologyEditor } from "@/components/methodology/methodology-editor";
import { ReapplyVersion } from "@/components/methodology/reapply-version";
import { Badge, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { db } from "@/lib/server/db/client";
import { getActiveMethodology } from "@/lib/server/engine/get-methodology";
import { requirePagePermission } from "@/lib/server/guards";
import { listMethodologyVersions } from "@/lib/server/methodology/list-methodology-versions";

export const metadata: Metadata = { title: "Risk methodology" };

export default async function MethodologyPage() {
  await requirePagePermission("update", "methodology");
  const [active, versions] = await Promise.all([
    getActiveMethodology(),
    listMethodologyVersions(db),
  ]);
  return (
    <>
      <PageHeader
        title="Risk methodology"
        description={`Scores use “${active.name}”, version ${active.version}. Edit a copy, check how many deployments change band, then save it as a new version with your reason. The built-in default is described in docs/risk-model.md.`}
      />
      <MethodologyEditor active={active} />
      <h2 className="mt-8 mb-2 font-medium">Versions</h2>
      <Table aria-label="Methodology versions">
        <thead>
          <tr>
            <Th>Version</Th>
            <Th>Name</Th>
            <Th>Why</Th>
            <Th>Who and when</Th>
            <Th>Actions</Th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} data-testid={`methodology-version-${v.version}`}>
              <Td className="tabular-nums">
                {v.version} {v.isActive && <Badge>Active</Badge>}
              </Td>
              <Td>{v.name}</Td>
              <Td className="max-w-sm">{v.reason}</Td>
              <Td className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                {v.builtIn
                  ? "Built in"
                  : `${v.createdBy ?? "Unknown"} · ${format(new Date(v.createdAt!), "yyyy-MM-dd HH:mm")}`}
              </Td>
              <Td>
                <div className="flex flex-wrap items-start gap-2">
                  <Link
                    href={`/api/methodology/versions/${v.version}/export`}
                    className="text-sm text-sky-700 underline dark:text-sky-400"
                    prefetch={false}
                  >
                    Export JSON
                  </Link>
                  {!v.isActive && (
                    <ReapplyVersion version={v.version} activeVersion={active.version} />
                  )}
                </div>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
