"use client";

import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import { column, RowLink } from "@/components/data-table/columns";
import type { FilterControl } from "@/components/data-table/list-toolbar";
import { formatDate, titleCase } from "@/lib/format";
import { vendorList, type VendorListState } from "@/lib/validation/inventory-lists";
import { VENDOR_STATUSES } from "@/lib/validation/inventory";
import type { VendorListRow } from "@/lib/server/inventory/list-vendors";
import { countryOptions, titledOptions, type Country } from "./field-options";

const col = column<VendorListRow>;

const columns = [
  col("name", "Name", (v) => <RowLink href={`/vendors/${v.id}`}>{v.name}</RowLink>, {
    sort: "name",
  }),
  col("hq", "Headquarters", (v) => v.hqName ?? "Unknown", { sort: "hq" }),
  col(
    "status",
    "Status",
    (v) => (
      <span className="flex gap-1">
        <Badge>{titleCase(v.status)}</Badge>
        {v.archived && <Badge className="border-amber-400">Archived</Badge>}
      </span>
    ),
    { sort: "status" },
  ),
  col("owner", "Owner", (v) => v.owner),
  col("models", "Models", (v) => v.models, { align: "right" }),
  col("contracts", "Contracts", (v) => v.contracts, { align: "right" }),
  col("updatedAt", "Updated", (v) => formatDate(v.updatedAt), {
    sort: "updatedAt",
  }),
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
  countries: Country[];
}) {
  const filters: FilterControl<"status" | "hq" | "gaps">[] = [
    { key: "status", label: "Status", options: titledOptions(VENDOR_STATUSES) },
    { key: "hq", label: "Headquarters", options: countryOptions(countries) },
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
