import { defineList } from "@/lib/list-state";
import { BAND_IDS } from "@/lib/domain/bands";
import { CAPABILITY_CLASSES, DEPLOYMENT_STATUSES, OUTCOMES } from "@/lib/domain/types";
import { CLOUD_PROVIDERS } from "@/lib/reference/cloud-regions";
import { VENDOR_STATUSES } from "./inventory";

/**
 * The URL parameters of the four inventory lists: one definition each, read by the list pages,
 * the REST API's GET and the CSV export, so a shared link, an API call and an export of the same
 * filters return the same rows.
 */

const COUNTRY = { pattern: /^[A-Z]{2}$/, upper: true } as const;
/** A likelihood × impact cell, "3x4". */
const CELL = /^[1-5]x[1-5]$/;
const ID = { pattern: /^[A-Za-z0-9_-]{1,64}$/ } as const;

export const vendorList = defineList({
  sorts: ["name", "status", "hq", "updatedAt"],
  defaultSort: "name",
  defaultDir: "asc",
  columns: ["name", "hq", "status", "owner", "models", "contracts", "updatedAt"],
  defaultColumns: ["name", "hq", "status", "owner", "models", "contracts"],
  filters: {
    status: { label: "Status", values: VENDOR_STATUSES },
    hq: { label: "Headquarters", ...COUNTRY },
    gaps: { label: "Clause gaps", values: ["yes"] },
  },
});

export const modelList = defineList({
  sorts: ["name", "vendor", "compute", "releaseDate", "updatedAt"],
  defaultSort: "name",
  defaultDir: "asc",
  columns: [
    "name",
    "vendor",
    "modelVersion",
    "origin",
    "weights",
    "compute",
    "capability",
    "modality",
    "releaseDate",
    "deployments",
  ],
  defaultColumns: ["name", "vendor", "origin", "weights", "compute", "capability", "deployments"],
  filters: {
    vendor: { label: "Vendor", ...ID },
    weights: { label: "Weights", values: ["OPEN", "CLOSED", "UNKNOWN"] },
    capability: { label: "Capability class", values: CAPABILITY_CLASSES },
    origin: { label: "Origin", pattern: /^([A-Z]{2}|UNKNOWN)$/, upper: true },
  },
});

export const deploymentList = defineList({
  sorts: ["ref", "businessUnit", "country", "status", "users", "goLiveDate", "updatedAt", "risk"],
  defaultSort: "ref",
  defaultDir: "asc",
  columns: [
    "ref",
    "model",
    "vendor",
    "country",
    "cloud",
    "scope",
    "businessUnit",
    "useCase",
    "status",
    "users",
    "goLiveDate",
    "finding",
    "band",
    "residual",
  ],
  defaultColumns: [
    "ref",
    "model",
    "country",
    "cloud",
    "businessUnit",
    "status",
    "finding",
    "band",
    "residual",
  ],
  filters: {
    country: { label: "Country", ...COUNTRY },
    region: { label: "Region", pattern: /^[A-Za-z][A-Za-z &-]{0,60}$/ },
    group: { label: "Country group", ...ID },
    vendor: { label: "Vendor", ...ID },
    model: { label: "Model", ...ID },
    status: { label: "Status", values: DEPLOYMENT_STATUSES },
    band: { label: "Risk band", values: BAND_IDS },
    unit: { label: "Business unit", pattern: /^.{1,120}$/ },
    cloud: { label: "Cloud provider", values: CLOUD_PROVIDERS.map((p) => p.id) },
    access: { label: "Access", values: OUTCOMES },
    inherent: { label: "Inherent likelihood × impact", pattern: CELL },
    residual: { label: "Residual likelihood × impact", pattern: CELL },
    touches: { label: "Serves or reaches", ...COUNTRY },
  },
});

export const contractList = defineList({
  sorts: ["title", "vendor", "effectiveDate", "expiryDate"],
  defaultSort: "title",
  defaultDir: "asc",
  columns: ["title", "vendor", "effectiveDate", "expiryDate", "governingLaw", "clauses"],
  defaultColumns: ["title", "vendor", "effectiveDate", "expiryDate", "governingLaw", "clauses"],
  filters: {
    vendor: { label: "Vendor", ...ID },
    state: { label: "In force", values: ["IN_FORCE", "EXPIRED", "NOT_YET"] },
  },
});

export type VendorListState = ReturnType<typeof vendorList.parse>;
export type ModelListState = ReturnType<typeof modelList.parse>;
export type DeploymentListState = ReturnType<typeof deploymentList.parse>;
export type ContractListState = ReturnType<typeof contractList.parse>;
