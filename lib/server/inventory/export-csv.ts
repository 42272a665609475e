import { defuseFormula } from "@/lib/csv/defuse-formula";
import Papa from "papaparse";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Evaluation } from "@/lib/domain";
import {
  contractList,
  deploymentList,
  modelList,
  vendorList,
} from "@/lib/validation/inventory-lists";
import { listContracts } from "./list-contracts";
import { listDeployments } from "./list-deployments";
import { listModels } from "./list-models";
import { listVendors } from "./list-vendors";

export const EXPORTABLE = ["vendors", "models", "deployments", "contracts"] as const;
export type Exportable = (typeof EXPORTABLE)[number];

type Row = Record<string, string | number | boolean | null>;
/** Yields rows in chunks, so a large list is streamed rather than built in memory. */
type Source = AsyncGenerator<Row[]>;

const CHUNK = 5_000;

function defuse(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = defuseFormula(value);
  return out;
}

async function* vendors(
  db: PrismaClient,
  params: URLSearchParams,
  evaluation: Evaluation | null,
): Source {
  const { rows } = await listVendors(db, vendorList.parse(params), true, evaluation);
  yield rows.map((v) => ({
    id: v.id,
    name: v.name,
    hq_country: v.hqCode,
    status: v.status,
    owner: v.owner,
    website: v.website,
    models: v.models,
    contracts: v.contracts,
    archived: v.archived,
    updated_at: v.updatedAt,
  }));
}

async function* models(db: PrismaClient, params: URLSearchParams): Source {
  const { rows } = await listModels(db, modelList.parse(params), true);
  yield rows.map((m) => ({
    id: m.id,
    vendor: m.vendorName,
    name: m.name,
    model_version: m.modelVersion,
    origin_country: m.originCode,
    weights: m.weights,
    training_compute_flop: m.trainingComputeFlop,
    capability_class: m.capabilityClass,
    modality: m.modality,
    release_date: m.releaseDate,
    export_classification: m.exportClassification,
    deployments: m.deployments,
    archived: m.archived,
  }));
}

async function* contracts(db: PrismaClient, params: URLSearchParams): Source {
  const { rows } = await listContracts(db, contractList.parse(params), true);
  yield rows.map((c) => ({
    id: c.id,
    vendor: c.vendorName,
    title: c.title,
    effective_date: c.effectiveDate,
    expiry_date: c.expiryDate,
    governing_law: c.governingLawCode,
    clauses: c.clauses,
    in_force: c.inForce,
    archived: c.archived,
  }));
}

async function* deployments(
  db: PrismaClient,
  params: URLSearchParams,
  evaluation: Evaluation | null,
): Source {
  const state = deploymentList.parse(params);
  // The risk columns hold one scenario's results: every row says which (empty: none scored).
  const riskScenario = evaluation ? `${evaluation.scenario.name} (as of ${evaluation.asOf})` : "";
  for (let offset = 0; ; offset += CHUNK) {
    const { rows } = await listDeployments(db, state, evaluation, { offset, limit: CHUNK });
    yield rows.map((d) => ({
      ref: d.ref,
      vendor: d.vendorName,
      model: d.modelName,
      country: d.jurisdictionCode,
      cloud_provider: d.cloudProvider,
      cloud_region: d.cloudRegion,
      processing_scope: d.processingScope,
      business_unit: d.businessUnit,
      use_case: d.useCase,
      status: d.status,
      users: d.users,
      go_live_date: d.goLiveDate,
      risk_scenario: riskScenario,
      finding: d.finding,
      band: d.band,
      residual: d.residual,
      archived: d.archived,
    }));
    if (rows.length < CHUNK) return;
  }
}

/**
 * Every row of a list with its URL filters applied (not just one page), as a CSV stream. Cells that
 * a spreadsheet would run as a formula (=, +, -, @) are escaped.
 */
export function exportCsv(
  db: PrismaClient,
  entity: Exportable,
  params: URLSearchParams,
  evaluation: Evaluation | null,
): ReadableStream<Uint8Array> {
  const source =
    entity === "vendors"
      ? vendors(db, params, evaluation)
      : entity === "models"
        ? models(db, params)
        : entity === "contracts"
          ? contracts(db, params)
          : deployments(db, params, evaluation);
  const encoder = new TextEncoder();
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      // Enqueue something on every pull (or close): the stream only pulls again after that.
      for (;;) {
        const next = await source.next();
        if (next.done) return controller.close();
        if (next.value.length === 0 && !first) continue;
        const csv = Papa.unparse(next.value.map(defuse), { header: first, newline: "\r\n" });
        controller.enqueue(encoder.encode(`${first ? "\uFEFF" : "\r\n"}${csv}`));
        first = false;
        return;
      }
    },
  });
}
