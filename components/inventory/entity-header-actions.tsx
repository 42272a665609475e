import type { ComponentProps } from "react";
import { can, type Role } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/card";
import { EvaluationControls } from "@/components/shell/evaluation-controls";
import { formatDate } from "@/lib/format";
import { ArchiveButton } from "./archive-button";
import { EditLink } from "./detail-parts";

type ArchiveProps = Parameters<typeof ArchiveButton>[0];

/**
 * The actions of an inventory detail page's header: the scenario and date its risk is scored under
 * (when there is an evaluation), then Edit and Archive/Restore for the roles allowed them (the
 * server refuses the others anyway).
 */
export function EntityHeaderActions({
  role,
  entity,
  editHref,
  archive,
  evaluation,
  scenarios = [],
}: {
  role: Role;
  entity: "vendor" | "model" | "deployment" | "contract";
  editHref: string;
  archive: ArchiveProps;
  evaluation?: { scenario: { id: string }; asOf: string } | null;
  scenarios?: ComponentProps<typeof EvaluationControls>["scenarios"];
}) {
  return (
    <>
      {evaluation && (
        <EvaluationControls
          scenarios={scenarios}
          scenarioId={evaluation.scenario.id}
          asOf={evaluation.asOf}
        />
      )}
      {can(role, "update", entity) && !archive.archived && <EditLink href={editHref} />}
      {can(role, "archive", entity) && <ArchiveButton {...archive} />}
    </>
  );
}

/** "Archived <date>" beside a detail page's title, when the row is archived. */
export function ArchivedBadge({ archivedAt }: { archivedAt: Date | null }) {
  return archivedAt ? (
    <Badge className="border-amber-400">Archived {formatDate(archivedAt)}</Badge>
  ) : null;
}
