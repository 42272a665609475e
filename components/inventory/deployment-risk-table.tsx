import type { Evaluation } from "@/lib/domain";
import { titleCase } from "@/lib/format";
import type { DeploymentRow } from "@/lib/server/inventory/deployment-rows";
import { riskOf } from "@/lib/server/inventory/risk-of";
import { Table, Td, Th } from "@/components/ui/table";
import { BandBadge } from "./band-badge";
import { TextLink } from "./detail-parts";

/** Deployments with their access and risk band under the selected scenario (detail pages). */
export function DeploymentRiskTable({
  label,
  rows,
  evaluation,
  riskHeading = "Risk",
  showModel = false,
  serves = "name",
}: {
  label: string;
  rows: DeploymentRow[];
  evaluation: Evaluation | null;
  riskHeading?: string;
  /** A Model column, where the deployments span several models (a vendor's). */
  showModel?: boolean;
  /** The jurisdiction served, by name or by code. */
  serves?: "name" | "code";
}) {
  return (
    <Table aria-label={label}>
      <thead>
        <tr>
          <Th>Ref</Th>
          {showModel && <Th>Model</Th>}
          <Th>Serves</Th>
          <Th>Business unit</Th>
          <Th>Status</Th>
          <Th>Access</Th>
          <Th>{riskHeading}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => {
          const risk = riskOf(evaluation, d.id);
          return (
            <tr key={d.id}>
              <Td className="whitespace-nowrap font-mono text-xs">
                <TextLink href={`/deployments/${d.id}`}>{d.ref}</TextLink>
              </Td>
              {showModel && <Td>{d.model.name}</Td>}
              <Td>{serves === "name" ? d.jurisdiction.name : d.jurisdictionCode}</Td>
              <Td>{d.businessUnit}</Td>
              <Td>{titleCase(d.status)}</Td>
              <Td>{risk ? titleCase(risk.access) : "—"}</Td>
              <Td>
                <BandBadge band={risk?.band ?? null} score={risk?.residual} />
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
