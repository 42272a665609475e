import type { Evaluation } from "@/lib/domain";
import { titleCase } from "@/lib/format";
import { riskOf } from "@/lib/server/inventory/risk-of";
import { Table, Td, Th } from "@/components/ui/table";
import { BandBadge } from "./band-badge";
import { TextLink } from "./detail-parts";

export interface DeploymentRiskRow {
  id: string;
  ref: string;
  /** Shown in a Model column when given (a vendor's deployments span several models). */
  model?: string;
  /** The jurisdiction served, as the page names it. */
  serves: string;
  businessUnit: string;
  status: string;
}

/** Deployments with their access and risk band under the selected scenario (detail pages). */
export function DeploymentRiskTable({
  label,
  rows,
  evaluation,
  riskHeading = "Risk",
}: {
  label: string;
  rows: DeploymentRiskRow[];
  evaluation: Evaluation | null;
  riskHeading?: string;
}) {
  const showModel = rows.some((d) => d.model !== undefined);
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
              <Td className="font-mono text-xs">
                <TextLink href={`/deployments/${d.id}`}>{d.ref}</TextLink>
              </Td>
              {showModel && <Td>{d.model}</Td>}
              <Td>{d.serves}</Td>
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
