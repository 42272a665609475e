"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import type { FilterControl } from "@/components/data-table/list-toolbar";
import { CAPABILITY_CLASSES } from "@/lib/domain/types";
import { formatDate, formatFlop, titleCase } from "@/lib/format";
import { modelList, type ModelListState } from "@/lib/validation/inventory-lists";
import type { ModelListRow } from "@/lib/server/inventory/list-models";

const unknown = <span className="text-amber-700 dark:text-amber-400">unknown</span>;

const columns: ColumnDef<ModelListRow>[] = [
  {
    id: "name",
    header: "Model",
    meta: { sort: "name", label: "Model" },
    cell: ({ row }) => (
      <span className="flex items-center gap-1">
        <Link
          href={`/models/${row.original.id}`}
          className="font-medium text-sky-800 hover:underline dark:text-sky-300"
        >
          {row.original.name}
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
    id: "modelVersion",
    header: "Version",
    meta: { label: "Version" },
    cell: ({ row }) => row.original.modelVersion || "—",
  },
  {
    id: "origin",
    header: "Origin",
    meta: { label: "Origin" },
    cell: ({ row }) => row.original.originName ?? unknown,
  },
  {
    id: "weights",
    header: "Weights",
    meta: { label: "Weights" },
    cell: ({ row }) => (row.original.weights ? titleCase(row.original.weights) : unknown),
  },
  {
    id: "compute",
    header: "Training compute",
    meta: { sort: "compute", label: "Training compute", align: "right" },
    cell: ({ row }) =>
      row.original.trainingComputeFlop === null
        ? unknown
        : formatFlop(row.original.trainingComputeFlop),
  },
  {
    id: "capability",
    header: "Class",
    meta: { label: "Capability class" },
    cell: ({ row }) => titleCase(row.original.capabilityClass),
  },
  {
    id: "modality",
    header: "Modality",
    meta: { label: "Modality" },
    cell: ({ row }) => titleCase(row.original.modality),
  },
  {
    id: "releaseDate",
    header: "Released",
    meta: { sort: "releaseDate", label: "Released" },
    cell: ({ row }) => formatDate(row.original.releaseDate),
  },
  {
    id: "deployments",
    header: "Deployments",
    meta: { label: "Deployments", align: "right" },
    cell: ({ row }) => row.original.deployments,
  },
];

export function ModelTable({
  rows,
  total,
  state,
  vendors,
  countries,
}: {
  rows: ModelListRow[];
  total: number;
  state: ModelListState;
  vendors: { id: string; name: string }[];
  countries: { code: string; name: string }[];
}) {
  const filters: FilterControl<"vendor" | "weights" | "capability" | "origin">[] = [
    {
      key: "vendor",
      label: "Vendor",
      options: vendors.map((v) => ({ value: v.id, label: v.name })),
    },
    {
      key: "weights",
      label: "Weights",
      options: [
        { value: "OPEN", label: "Open" },
        { value: "CLOSED", label: "Closed" },
        { value: "UNKNOWN", label: "Unknown" },
      ],
    },
    {
      key: "capability",
      label: "Capability class",
      options: CAPABILITY_CLASSES.map((c) => ({ value: c, label: titleCase(c) })),
    },
    {
      key: "origin",
      label: "Origin",
      options: [
        { value: "UNKNOWN", label: "Unknown" },
        ...countries.map((c) => ({ value: c.code, label: c.name })),
      ],
    },
  ];
  return (
    <DataTable
      def={modelList}
      state={state}
      rows={rows}
      total={total}
      columns={columns}
      noun="models"
      filters={filters}
      searchLabel="Search models by name, version or vendor"
      exportHref="/api/export/models"
    />
  );
}
