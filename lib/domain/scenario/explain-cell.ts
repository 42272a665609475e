import type { Evaluation } from "../evaluation-types";
import { outcomeAt } from "../outcome";
import type { Outcome, PolicyRule } from "../types";
import type { CompiledRule } from "./build-matrix";
import { assumedFactsOf, type AssumedFact } from "./match-model";

export interface RuleRef {
  id: string;
  name: string;
  outcome: Outcome;
  rationale: string;
  source: string;
  effectiveDate: string | null;
}

export interface MatchingRule extends RuleRef {
  /** Unknown model facts assumed (worst case) for this rule to match. */
  assumedFacts: AssumedFact[];
  /** Less restrictive than the scenario default, so it cannot decide the cell. */
  belowDefault: boolean;
}

export interface CellExplanation {
  modelId: string;
  code: string;
  outcome: Outcome;
  defaultOutcome: Outcome;
  /** null: no in-force rule at least as strict as the default covers the cell. */
  decidingRule: RuleRef | null;
  /** In-force rules covering the cell, in the order they compete (the first one decides). */
  matchingRules: MatchingRule[];
  /** Rules not yet in force that cover the cell, with the outcome each would give. */
  upcomingRules: MatchingRule[];
  /** The outcome once the upcoming rules are in force; null when they change nothing. */
  upcomingOutcome: Outcome | null;
  /** Facts assumed to reach the current outcome (those of the deciding rule). */
  assumedFacts: AssumedFact[];
  exposedDeployments: number;
}

export function ruleRef(rule: PolicyRule): RuleRef {
  const { id, name, outcome, rationale, source, effectiveDate } = rule;
  return { id, name, outcome, rationale, source, effectiveDate };
}

function matching(compiled: CompiledRule, model: number, defaultRank: number): MatchingRule {
  return {
    ...ruleRef(compiled.rule),
    assumedFacts: assumedFactsOf(compiled.modelFlags[model]),
    belowDefault: compiled.rank < defaultRank,
  };
}

/** Rules covering cell (model, j), split into in-force and upcoming, each in priority order. */
export function rulesCovering(
  evaluation: Evaluation,
  model: number,
  j: number,
): { inForce: CompiledRule[]; upcoming: CompiledRule[] } {
  const inForce: CompiledRule[] = [];
  const upcoming: CompiledRule[] = [];
  for (const compiled of evaluation.internals.matrix.rules) {
    if (compiled.modelFlags[model] === 0 || compiled.jurisdictionMask[j] === 0) continue;
    (compiled.inForce ? inForce : upcoming).push(compiled);
  }
  return { inForce, upcoming };
}

/** Why a cell of the matrix has its outcome. Computed on demand from the compiled rules. */
export function explainCell(
  evaluation: Evaluation,
  modelId: string,
  code: string,
): CellExplanation {
  const { index, matrix, exposedCount } = evaluation.internals;
  const model = index.modelIndex.get(modelId);
  if (model === undefined) throw new RangeError(`Unknown model "${modelId}"`);
  const j = index.codeIndex.get(code);
  if (j === undefined) throw new RangeError(`Unknown jurisdiction "${code}"`);
  const cell = model * matrix.jurisdictionCount + j;
  const { inForce, upcoming } = rulesCovering(evaluation, model, j);
  const deciding = matrix.decidingRule[cell];
  const decidingCompiled = inForce.find((compiled) => compiled.index === deciding);
  return {
    modelId,
    code,
    outcome: outcomeAt(matrix.outcome[cell]),
    defaultOutcome: evaluation.scenario.defaultOutcome,
    decidingRule: decidingCompiled ? ruleRef(decidingCompiled.rule) : null,
    matchingRules: inForce.map((compiled) => matching(compiled, model, matrix.defaultRank)),
    upcomingRules: upcoming.map((compiled) => matching(compiled, model, matrix.defaultRank)),
    upcomingOutcome:
      matrix.future[cell] > matrix.outcome[cell] ? outcomeAt(matrix.future[cell]) : null,
    assumedFacts: decidingCompiled ? assumedFactsOf(decidingCompiled.modelFlags[model]) : [],
    exposedDeployments: exposedCount[cell],
  };
}
