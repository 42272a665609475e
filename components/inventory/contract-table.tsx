"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import type { FilterControl } from "@/components/data-table/list-toolbar";
import { formatDate } from "@/lib/format";
import { contractList, type ContractListState } from "@/lib/validation/inventory-lists";
import type { ContractListRow } from "@/lib/server/inventory/list-contracts";

const columns: ColumnDef<ContractListRow>[] = [
  {
    id: "title",
    header: "Title",
    meta: { sort: "title", label: "Title" },
    cell: ({ row }) => (
      <span className="flex items-center gap-1">
        <Link
          href={`/contracts/${row.original.id}`}
          className="font-medium text-sky-800 hover:underline dark:text-sky-300"
        >
          {row.original.title}
        </Link>
        {row.original.archived && <Badge className="border-amber-400">Archived</Badge>}
      </span>
    ),
  },
  {
    id: "vendor",
    header: "Vendor",
    meta: { sort: "vendor", label: "Vendor" },
    cell: ({ row }) => (
      <Link href={`/vendors/${row.original.vendorId}`} className="hover:underline">
        {row.original.vendorName}
      </Link>
    ),
  },
  {
    id: "effectiveDate",
    header: "Effective",
    meta: { sort: "effectiveDate", label: "Effective" },
    cell: ({ row }) => formatDate(row.original.effectiveDate),
  },
  {
    id: "expiryDate",
    header: "Expires",
    meta: { sort: "expiryDate", label: "Expires" },
    cell: ({ row }) => (
      <span className="flex items-center gap-1">
        {formatDate(row.original.expiryDate)}
        {!row.original.inForce && <Badge>Not in force</Badge>}
      </span>
    ),
  },
  {
    id: "governingLaw",
    header: "Governing law",
    meta: { label: "Governing law" },
    cell: ({ row }) => row.original.governingLawName ?? "—",
  },
  {
    id: "clauses",
    header: "Clauses",
    meta: { label: "Clauses", align: "right" },
    cell: ({ row }) => row.original.clauses,
  },
];

export function ContractTable({
  rows,
  total,
  state,
  vendors,
}: {
  rows: ContractListRow[];
  total: number;
  state: ContractListState;
  vendors: { id: string; name: string }[];
}) {
  const filters: FilterControl<"vendor" | "state">[] = [
    {
      key: "vendor",
      label: "Vendor",
      options: vendors.map((v) => ({ value: v.id, label: v.name })),
    },
    {
      key: "state",
      label: "In force",
      options: [
        { value: "IN_FORCE", label: "In force" },
        { value: "EXPIRED", label: "Expired" },
        { value: "NOT_YET", label: "Not yet in force" },
      ],
    },
  ];
  return (
    <DataTable
      def={contractList}
      state={state}
      rows={rows}
      total={total}
      columns={columns}
      noun="contracts"
      filters={filters}
      searchLabel="Search contracts by title or vendor"
      exportHref="/api/export/contracts"
    />
  );
}
