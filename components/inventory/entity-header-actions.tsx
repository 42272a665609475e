import type { ReactNode } from "react";
import { can, type Role } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { ArchiveButton } from "./archive-button";
import { EditLink } from "./detail-parts";

type ArchiveProps = Parameters<typeof ArchiveButton>[0];

/**
 * The actions of an inventory detail page's header: an optional scenario picker, then Edit and
 * Archive/Restore for the roles allowed them (the server refuses the others anyway).
 */
export function EntityHeaderActions({
  role,
  entity,
  editHref,
  archive,
  picker,
}: {
  role: Role;
  entity: "vendor" | "model" | "deployment" | "contract";
  editHref: string;
  archive: ArchiveProps;
  picker?: ReactNode;
}) {
  return (
    <>
      {picker}
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
