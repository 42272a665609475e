import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  BAND_IDS,
  explainCell,
  type Band,
  type CellExplanation,
  type DeploymentStatus,
  type Evaluation,
  type Outcome,
} from "@/lib/domain";
import { NotFoundError } from "@/lib/server/errors";

export interface CellDeployment {
  id: string;
  ref: string;
  businessUnit: string;
  useCase: string;
  status: DeploymentStatus;
  /** The jurisdiction it serves (the cell's jurisdiction, or one whose processing reaches it). */
  servedCode: string;
  access: Outcome;
  residual: number;
  band: Band;
}

export interface CellDetail extends Omit<CellExplanation, "modelId" | "code"> {
  scenario: { id: string; name: string };
  asOf: string;
  model: { id: string; name: string; vendorId: string; vendorName: string };
  jurisdiction: { code: string; name: string };
  /** Planned and live deployments exposed in this cell, highest residual risk first. */
  deployments: CellDeployment[];
}

/**
 * Everything the matrix side panel shows for one cell: the deciding rule and its competitors, the
 * upcoming rules, and the deployments sitting in the cell with their risk.
 */
export async function loadCellDetail(
  db: PrismaClient,
  evaluation: Evaluation,
  modelId: string,
  code: string,
): Promise<CellDetail> {
  const { inventory } = evaluation;
  const model = inventory.models.find((m) => m.id === modelId);
  if (!model) throw new NotFoundError("This model is not in the inventory (it may be archived).");
  if (!evaluation.internals.index.codeIndex.has(code))
    throw new NotFoundError(`No jurisdiction has the code ${code}.`);
  const { modelId: _m, code: _c, ...explanation } = explainCell(evaluation, modelId, code);

  const inCell = inventory.deployments.filter(
    (d) =>
      d.modelId === modelId &&
      d.status !== "RETIRED" &&
      (d.jurisdictionCode === code || d.reach.includes(code)),
  );
  const extra = await db.deployment.findMany({
    where: { id: { in: inCell.map((d) => d.id) } },
    select: { id: true, useCase: true },
  });
  const useCase = new Map(extra.map((d) => [d.id, d.useCase]));
  const deployments = inCell
    .map((d): CellDeployment => {
      const result = evaluation.deployment(d.id);
      return {
        id: d.id,
        ref: d.ref,
        businessUnit: d.businessUnit,
        useCase: useCase.get(d.id) ?? "",
        status: d.status,
        servedCode: d.jurisdictionCode,
        access: result.access,
        residual: result.residual,
        band: result.band,
      };
    })
    // Riskiest first: by band (which a finding's floor can raise), then residual score.
    .sort(
      (a, b) =>
        BAND_IDS.indexOf(b.band) - BAND_IDS.indexOf(a.band) ||
        b.residual - a.residual ||
        a.ref.localeCompare(b.ref),
    );

  return {
    ...explanation,
    scenario: { id: evaluation.scenario.id, name: evaluation.scenario.name },
    asOf: evaluation.asOf,
    model: {
      id: model.id,
      name: model.name,
      vendorId: model.vendorId,
      vendorName: inventory.vendors.find((v) => v.id === model.vendorId)?.name ?? "Unknown vendor",
    },
    jurisdiction: {
      code,
      name: inventory.jurisdictions.find((j) => j.code === code)?.name ?? code,
    },
    deployments,
  };
}
