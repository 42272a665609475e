"use client";

import { DataTable } from "@/components/data-table/data-table";
import { column, RelatedLink, RowLink } from "@/components/data-table/columns";
import type { FilterControl } from "@/components/data-table/list-toolbar";
import { CAPABILITY_CLASSES } from "@/lib/domain/types";
import { formatDate, formatFlop, titleCase } from "@/lib/format";
import { modelList, type ModelListState } from "@/lib/validation/inventory-lists";
import type { ModelListRow } from "@/lib/server/inventory/list-models";
import {
  countryOptions,
  namedOptions,
  titledOptions,
  type Country,
  type Named,
} from "./field-options";

const unknown = <span className="text-amber-700 dark:text-amber-400">unknown</span>;

const col = column<ModelListRow>;

const columns = [
  col(
    "name",
    "Model",
    (m) => (
      <RowLink href={`/models/${m.id}`} archived={m.archived}>
        {m.name}
      </RowLink>
    ),
    { sort: "name" },
  ),
  col(
    "vendor",
    "Vendor",
    (m) => <RelatedLink href={`/vendors/${m.vendorId}`}>{m.vendorName}</RelatedLink>,
    { sort: "vendor" },
  ),
  col("modelVersion", "Version", (m) => m.modelVersion || "—"),
  col("origin", "Origin", (m) => m.originName ?? unknown),
  col("weights", "Weights", (m) => (m.weights ? titleCase(m.weights) : unknown)),
  col(
    "compute",
    "Training compute",
    (m) => (m.trainingComputeFlop === null ? unknown : formatFlop(m.trainingComputeFlop)),
    { sort: "compute", align: "right" },
  ),
  col("capability", "Capability class", (m) => titleCase(m.capabilityClass), {
    header: "Class",
  }),
  col("modality", "Modality", (m) => titleCase(m.modality)),
  col("releaseDate", "Released", (m) => formatDate(m.releaseDate), {
    sort: "releaseDate",
  }),
  col("deployments", "Deployments", (m) => m.deployments, { align: "right" }),
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
  vendors: Named[];
  countries: Country[];
}) {
  const filters: FilterControl<"vendor" | "weights" | "capability" | "origin">[] = [
    { key: "vendor", label: "Vendor", options: namedOptions(vendors) },
    {
      key: "weights",
      label: "Weights",
      options: [
        { value: "OPEN", label: "Open" },
        { value: "CLOSED", label: "Closed" },
        { value: "UNKNOWN", label: "Unknown" },
      ],
    },
    { key: "capability", label: "Capability class", options: titledOptions(CAPABILITY_CLASSES) },
    {
      key: "origin",
      label: "Origin",
      options: [{ value: "UNKNOWN", label: "Unknown" }, ...countryOptions(countries)],
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
