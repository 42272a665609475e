import type { DeploymentExplanation } from "./explain-deployment";
import type { Factor } from "./score-deployment";
import { CLAUSE_LABELS } from "./weights";
import type { ClauseType } from "../types";

export interface ControlStep {
  /** What moved the axis: "Deprecation notice (adequate)", "fallback Mistral Large 2", … */
  name: string;
  steps: number;
}

/** What the controls did to one axis, in the order a reader follows it. */
export interface AxisControls {
  axis: "likelihood" | "impact";
  inherent: number;
  residual: number;
  /** The controls that moved this axis (lowering first), with their steps. */
  moved: ControlStep[];
  /** Their steps added up, before any limit. */
  steps: number;
  /** The most controls may lower this axis, when the steps went beyond it; else null. */
  limitedTo: number | null;
  /** The end of the scale the residual was held at, when the steps went past it; else null. */
  heldAt: "top" | "bottom" | null;
}

export interface ControlsSummary {
  /** Whether any in-force contract covers the deployment's channel. */
  contractCovers: boolean;
  likelihood: AxisControls;
  impact: AxisControls;
}

function stepName(f: Factor): string {
  if (f.key.startsWith("clause:")) {
    const type = f.key.slice("clause:".length) as ClauseType;
    const assessment = typeof f.value === "string" ? f.value.toLowerCase().replace(/_/g, " ") : "";
    return `${CLAUSE_LABELS[type] ?? type}${assessment ? ` (${assessment})` : ""}`;
  }
  if (f.key === "fallback") return `fallback ${f.value ?? "model"}`;
  if (f.key === "licence") return "licence held";
  return f.label;
}

function axisControls(
  axis: "likelihood" | "impact",
  factors: readonly Factor[],
  residual: number,
): AxisControls {
  const inherent = factors.find((f) => f.key === "inherent")?.contribution ?? residual;
  const controls = factors.filter((f) => f.key !== "inherent" && !f.limit);
  const moved = controls
    .filter((f) => f.contribution !== 0)
    .map((f) => ({ name: stepName(f), steps: f.contribution }));
  const steps = moved.reduce((total, m) => total + m.steps, 0);
  const bound = factors.find((f) => f.limit === "controls");
  const scale = factors.find((f) => f.limit === "scale");
  return {
    axis,
    inherent,
    residual,
    moved,
    steps,
    limitedTo: bound ? -(steps + bound.contribution) : null,
    heldAt: scale ? (scale.contribution < 0 ? "top" : "bottom") : null,
  };
}

/**
 * What the controls did to a deployment's risk, from its explanation: per axis, the controls that
 * moved it and the limits that applied to the total, and whether any contract covers it at all.
 */
export function summariseControls(e: DeploymentExplanation): ControlsSummary {
  return {
    contractCovers: e.contractsApplied.length > 0,
    likelihood: axisControls(
      "likelihood",
      e.residualLikelihood.factors,
      e.residualLikelihood.total,
    ),
    impact: axisControls("impact", e.residualImpact.factors, e.residualImpact.total),
  };
}
