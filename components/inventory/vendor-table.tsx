"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import type { FilterControl } from "@/components/data-table/list-toolbar";
import { formatDate, titleCase } from "@/lib/format";
import { vendorList, type VendorListState } from "@/lib/validation/inventory-lists";
import { VENDOR_STATUSES } from "@/lib/validation/inventory";
import type { VendorListRow } from "@/lib/server/inventory/list-vendors";

const columns: ColumnDef<VendorListRow>[] = [
  {
    id: "name",
    header: "Name",
    meta: { sort: "name", label: "Name" },
    cell: ({ row }) => (
      <Link
        href={`/vendors/${row.original.id}`}
        className="font-medium text-sky-800 hover:underline dark:text-sky-300"
      >
        {row.original.name}
      </Link>
    ),
  },
  {
    id: "hq",
    header: "Headquarters",
    meta: { sort: "hq", label: "Headquarters" },
    cell: ({ row }) => row.original.hqName ?? "Unknown",
  },
  {
    id: "status",
    header: "Status",
    meta: { sort: "status", label: "Status" },
    cell: ({ row }) => (
      <span className="flex gap-1">
        <Badge>{titleCase(row.original.status)}</Badge>
        {row.original.archived && <Badge className="border-amber-400">Archived</Badge>}
      </span>
    ),
  },
  { id: "owner", header: "Owner", meta: { label: "Owner" }, cell: ({ row }) => row.original.owner },
  {
    id: "models",
    header: "Models",
    meta: { label: "Models", align: "right" },
    cell: ({ row }) => row.original.models,
  },
  {
    id: "contracts",
    header: "Contracts",
    meta: { label: "Contracts", align: "right" },
    cell: ({ row }) => row.original.contracts,
  },
  {
    id: "updatedAt",
    header: "Updated",
    meta: { sort: "updatedAt", label: "Updated" },
    cell: ({ row }) => formatDate(row.original.updatedAt),
  },
];

export function VendorTable({
  rows,
  total,
  state,
  countries,
}: {
  rows: VendorListRow[];
  total: number;
  state: VendorListState;
  countries: { code: string; name: string }[];
}) {
  const filters: FilterControl<"status" | "hq" | "gaps">[] = [
    {
      key: "status",
      label: "Status",
      options: VENDOR_STATUSES.map((s) => ({ value: s, label: titleCase(s) })),
    },
    {
      key: "hq",
      label: "Headquarters",
      options: countries.map((c) => ({ value: c.code, label: c.name })),
    },
    {
      key: "gaps",
      label: "Clause gaps",
      options: [{ value: "yes", label: "Deployed, with a clause not adequate" }],
    },
  ];
  return (
    <DataTable
      def={vendorList}
      state={state}
      rows={rows}
      total={total}
      columns={columns}
      noun="vendors"
      filters={filters}
      searchLabel="Search vendors by name or owner"
      exportHref="/api/export/vendors"
    />
  );
}
