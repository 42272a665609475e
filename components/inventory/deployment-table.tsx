"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import type { FilterControl } from "@/components/data-table/list-toolbar";
import { BANDS } from "@/lib/domain/bands";
import type { FindingKind } from "@/lib/domain/evaluation-types";
import { DEPLOYMENT_STATUSES } from "@/lib/domain/types";
import { CLOUD_PROVIDERS, locationName, scopeName } from "@/lib/reference/cloud-regions";
import { formatDate, titleCase } from "@/lib/format";
import { deploymentList, type DeploymentListState } from "@/lib/validation/inventory-lists";
import type { DeploymentListRow } from "@/lib/server/inventory/list-deployments";
import type { ListOptions } from "@/lib/server/inventory/list-options";
import { BandBadge } from "./band-badge";

const columns: ColumnDef<DeploymentListRow>[] = [
  {
    id: "ref",
    header: "Ref",
    meta: { sort: "ref", label: "Ref" },
    cell: ({ row }) => (
      <span className="flex items-center gap-1 whitespace-nowrap">
        <Link
          href={`/deployments/${row.original.id}`}
          className="font-mono text-xs font-medium text-sky-800 hover:underline dark:text-sky-300"
        >
          {row.original.ref}
        </Link>
        {row.original.archived && <Badge className="border-amber-400">Archived</Badge>}
      </span>
    ),
  },
  {
    id: "model",
    header: "Model",
    meta: { label: "Model" },
    cell: ({ row }) => (
      <Link href={`/models/${row.original.modelId}`} className="hover:underline">
        {row.original.modelName}
      </Link>
    ),
  },
  {
    id: "vendor",
    header: "Vendor",
    meta: { label: "Vendor" },
    cell: ({ row }) => (
      <Link href={`/vendors/${row.original.vendorId}`} className="hover:underline">
        {row.original.vendorName}
      </Link>
    ),
  },
  {
    id: "country",
    header: "Serves",
    meta: { sort: "country", label: "Country served" },
    cell: ({ row }) => row.original.countryName,
  },
  {
    id: "cloud",
    header: "Cloud region",
    meta: { label: "Cloud region" },
    cell: ({ row }) => (
      <span
        className="whitespace-nowrap"
        title={`${row.original.cloudProvider} · ${row.original.cloudRegion}`}
      >
        {locationName(row.original.cloudProvider, row.original.cloudRegion)}
      </span>
    ),
  },
  {
    id: "scope",
    header: "Scope",
    meta: { label: "Processing scope" },
    cell: ({ row }) => scopeName(row.original.processingScope),
  },
  {
    id: "businessUnit",
    header: "Business unit",
    meta: { sort: "businessUnit", label: "Business unit" },
    cell: ({ row }) => row.original.businessUnit,
  },
  {
    id: "useCase",
    header: "Use case",
    meta: { label: "Use case" },
    cell: ({ row }) => row.original.useCase,
  },
  {
    id: "status",
    header: "Status",
    meta: { sort: "status", label: "Status" },
    cell: ({ row }) => <Badge>{titleCase(row.original.status)}</Badge>,
  },
  {
    id: "users",
    header: "Users",
    meta: { sort: "users", label: "Users", align: "right" },
    cell: ({ row }) => row.original.users.toLocaleString("en"),
  },
  {
    id: "goLiveDate",
    header: "Go-live",
    meta: { sort: "goLiveDate", label: "Go-live" },
    cell: ({ row }) => formatDate(row.original.goLiveDate),
  },
  {
    id: "finding",
    header: "Finding",
    meta: { label: "Compliance finding" },
    cell: ({ row }) =>
      row.original.finding ? (
        <span className="font-medium text-red-700 dark:text-red-400">
          {FINDING_LABELS[row.original.finding]}
        </span>
      ) : (
        "—"
      ),
  },
  {
    id: "band",
    header: "Band",
    meta: { label: "Risk band" },
    cell: ({ row }) => <BandBadge band={row.original.band} />,
  },
  {
    id: "residual",
    header: "Residual",
    meta: { sort: "risk", label: "Residual risk", align: "right" },
    cell: ({ row }) => row.original.residual ?? "—",
  },
];

const FINDING_LABELS: Record<FindingKind, string> = {
  PROHIBITED: "Prohibited",
  RESTRICTED: "Restricted",
  UNLICENSED: "No licence",
};

type F = "country" | "region" | "group" | "vendor" | "model" | "status" | "band" | "unit" | "cloud";

export function DeploymentTable({
  rows,
  total,
  state,
  options,
}: {
  rows: DeploymentListRow[];
  total: number;
  state: DeploymentListState;
  options: ListOptions;
}) {
  const filters: FilterControl<F>[] = [
    {
      key: "band",
      label: "Risk band",
      options: BANDS.map((b) => ({ value: b.id, label: b.label })),
    },
    {
      key: "status",
      label: "Status",
      options: DEPLOYMENT_STATUSES.map((s) => ({ value: s, label: titleCase(s) })),
    },
    {
      key: "country",
      label: "Country",
      options: options.countries.map((c) => ({ value: c.code, label: c.name })),
    },
    {
      key: "region",
      label: "Region",
      options: options.regions.map((r) => ({ value: r, label: r })),
    },
    {
      key: "group",
      label: "Country group",
      options: options.groups.map((g) => ({ value: g.id, label: g.name })),
    },
    {
      key: "vendor",
      label: "Vendor",
      options: options.vendors.map((v) => ({ value: v.id, label: v.name })),
    },
    {
      key: "model",
      label: "Model",
      options: options.models.map((m) => ({ value: m.id, label: m.name })),
    },
    {
      key: "unit",
      label: "Business unit",
      options: options.units.map((u) => ({ value: u, label: u })),
    },
    {
      key: "cloud",
      label: "Cloud provider",
      options: CLOUD_PROVIDERS.map((p) => ({ value: p.id, label: p.label })),
    },
  ];
  return (
    <DataTable
      def={deploymentList}
      state={state}
      rows={rows}
      total={total}
      columns={columns}
      noun="deployments"
      filters={filters}
      searchLabel="Search by ref, business unit or use case"
      exportHref="/api/export/deployments"
    />
  );
}
