"use client";

import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import { column, RelatedLink, RowLink } from "@/components/data-table/columns";
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
import { countryOptions, namedOptions, titledOptions } from "./field-options";

const FINDING_LABELS: Record<FindingKind, string> = {
  PROHIBITED: "Prohibited",
  RESTRICTED: "Restricted",
  UNLICENSED: "No licence",
};

const col = column<DeploymentListRow>;

const columns = [
  col(
    "ref",
    "Ref",
    (d) => (
      <RowLink href={`/deployments/${d.id}`} archived={d.archived} mono>
        {d.ref}
      </RowLink>
    ),
    { sort: "ref" },
  ),
  col("model", "Model", (d) => (
    <RelatedLink href={`/models/${d.modelId}`}>{d.modelName}</RelatedLink>
  )),
  col("vendor", "Vendor", (d) => (
    <RelatedLink href={`/vendors/${d.vendorId}`}>{d.vendorName}</RelatedLink>
  )),
  col("country", "Country served", (d) => d.countryName, { sort: "country", header: "Serves" }),
  col("cloud", "Cloud region", (d) => (
    <span className="whitespace-nowrap" title={`${d.cloudProvider} · ${d.cloudRegion}`}>
      {locationName(d.cloudProvider, d.cloudRegion)}
    </span>
  )),
  col("scope", "Processing scope", (d) => scopeName(d.processingScope), { header: "Scope" }),
  col("businessUnit", "Business unit", (d) => d.businessUnit, { sort: "businessUnit" }),
  col("useCase", "Use case", (d) => d.useCase),
  col("status", "Status", (d) => <Badge>{titleCase(d.status)}</Badge>, { sort: "status" }),
  col("users", "Users", (d) => d.users.toLocaleString("en"), { sort: "users", align: "right" }),
  col("goLiveDate", "Go-live", (d) => formatDate(d.goLiveDate), { sort: "goLiveDate" }),
  col(
    "finding",
    "Compliance finding",
    (d) =>
      d.finding ? (
        <span className="font-medium text-red-700 dark:text-red-400">
          {FINDING_LABELS[d.finding]}
        </span>
      ) : (
        "—"
      ),
    { header: "Finding" },
  ),
  col("band", "Risk band", (d) => <BandBadge band={d.band} />, { header: "Band" }),
  col("residual", "Residual risk", (d) => d.residual ?? "—", {
    sort: "risk",
    header: "Residual",
    align: "right",
  }),
];

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
    { key: "status", label: "Status", options: titledOptions(DEPLOYMENT_STATUSES) },
    { key: "country", label: "Country", options: countryOptions(options.countries) },
    {
      key: "region",
      label: "Region",
      options: options.regions.map((r) => ({ value: r, label: r })),
    },
    { key: "group", label: "Country group", options: namedOptions(options.groups) },
    { key: "vendor", label: "Vendor", options: namedOptions(options.vendors) },
    { key: "model", label: "Model", options: namedOptions(options.models) },
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
