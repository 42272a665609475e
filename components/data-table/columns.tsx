import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import type { ColumnDef } from "@tanstack/react-table";
import { cn } from "@/lib/cn";
import { Badge } from "@/components/ui/card";

/**
 * A list column in one line: its id, its label (shown in the column chooser, and as the header
 * unless a shorter one is given), what a cell shows, and the sort key when it sorts.
 */
export function column<R>(
  id: string,
  label: string,
  cell: (row: R) => ReactNode,
  options: { sort?: string; header?: string; align?: "right" } = {},
): ColumnDef<R> {
  return {
    id,
    header: options.header ?? label,
    meta: { sort: options.sort, label, align: options.align },
    cell: ({ row }) => cell(row.original),
  };
}

/** The row's own name, linked to its page, flagged when archived. */
export function RowLink({
  href,
  archived,
  mono,
  children,
}: {
  href: string;
  archived?: boolean;
  mono?: boolean;
  children: ReactNode;
}) {
  return (
    <span className={cn("flex items-center gap-1", mono && "whitespace-nowrap")}>
      <Link
        href={href}
        className={cn(
          "font-medium text-sky-800 hover:underline dark:text-sky-300",
          mono && "font-mono text-xs",
        )}
      >
        {children}
      </Link>
      {archived && <Badge className="border-amber-400">Archived</Badge>}
    </span>
  );
}

/** A link to a related row (the model's vendor), quieter than the row's own name. */
export function RelatedLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="hover:underline">
      {children}
    </Link>
  );
}
