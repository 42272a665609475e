"use client";

import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import { column, RelatedLink, RowLink } from "@/components/data-table/columns";
import type { FilterControl } from "@/components/data-table/list-toolbar";
import { formatDate } from "@/lib/format";
import { contractList, type ContractListState } from "@/lib/validation/inventory-lists";
import type { ContractListRow } from "@/lib/server/inventory/list-contracts";
import { namedOptions, type Named } from "./field-options";

const col = column<ContractListRow>;

const columns = [
  col(
    "title",
    "Title",
    (c) => (
      <RowLink href={`/contracts/${c.id}`} archived={c.archived}>
        {c.title}
      </RowLink>
    ),
    { sort: "title" },
  ),
  col(
    "vendor",
    "Vendor",
    (c) => <RelatedLink href={`/vendors/${c.vendorId}`}>{c.vendorName}</RelatedLink>,
    { sort: "vendor" },
  ),
  col("effectiveDate", "Effective", (c) => formatDate(c.effectiveDate), {
    sort: "effectiveDate",
  }),
  col(
    "expiryDate",
    "Expires",
    (c) => (
      <span className="flex items-center gap-1">
        {formatDate(c.expiryDate)}
        {!c.inForce && <Badge>Not in force</Badge>}
      </span>
    ),
    { sort: "expiryDate" },
  ),
  col("governingLaw", "Governing law", (c) => c.governingLawName ?? "—"),
  col("clauses", "Clauses", (c) => c.clauses, { align: "right" }),
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
  vendors: Named[];
}) {
  const filters: FilterControl<"vendor" | "state">[] = [
    { key: "vendor", label: "Vendor", options: namedOptions(vendors) },
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
