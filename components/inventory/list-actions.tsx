import { Link } from "@/components/ui/link";
import { Plus, Upload } from "lucide-react";
import { can, type Entity, type Role } from "@/lib/auth/permissions";

const link =
  "inline-flex h-9 items-center gap-1.5 rounded-md px-3.5 text-sm font-medium transition-colors";

/** "Import CSV" and "New …" in a list's header, for the roles allowed to use them. */
export function ListActions({
  role,
  entity,
  path,
  noun,
  importable,
}: {
  role: Role;
  entity: Entity;
  path: string;
  noun: string;
  importable?: boolean;
}) {
  return (
    <>
      {importable && can(role, "import", entity) && (
        <Link
          href={`/import${path}`}
          className={`${link} border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800`}
        >
          <Upload className="size-4" aria-hidden /> Import CSV
        </Link>
      )}
      {can(role, "create", entity) && (
        <Link
          href={`${path}/new`}
          className={`${link} bg-sky-700 text-white hover:bg-sky-800 dark:bg-sky-700`}
        >
          <Plus className="size-4" aria-hidden /> New {noun}
        </Link>
      )}
    </>
  );
}
