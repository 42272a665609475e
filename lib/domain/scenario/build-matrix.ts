import { outcomeRank } from "../outcome";
import type { PolicyRule, Scenario } from "../types";
import type { InventoryIndex } from "./index-inventory";
import { matchModel } from "./match-model";
import { maskToIndexes, selectJurisdictions } from "./select-jurisdictions";

/** A rule with everything the matrix needs precomputed once (never re-scanned per cell). */
export interface CompiledRule {
  /** Position in scenario.rules. */
  readonly index: number;
  readonly rule: PolicyRule;
  readonly rank: number;
  /** false: effective after asOf ("upcoming"). */
  readonly inForce: boolean;
  readonly jurisdictionMask: Uint8Array;
  readonly jurisdictions: Int32Array;
  /** matchModel() flags per model index (0 = not covered). */
  readonly modelFlags: Uint8Array;
  readonly models: Int32Array;
}

/** models × jurisdictions, row-major: cell = model * jurisdictionCount + jurisdiction. */
export interface Matrix {
  readonly modelCount: number;
  readonly jurisdictionCount: number;
  readonly defaultRank: number;
  /** Outcome rank per cell under the rules in force. */
  readonly outcome: Uint8Array;
  /** Index into scenario.rules of the deciding rule per cell; -1 = the default outcome. */
  readonly decidingRule: Int32Array;
  /** Outcome rank per cell once the upcoming rules are in force too (never below `outcome`). */
  readonly future: Uint8Array;
  /** Compiled rules in priority order (most restrictive first, then by id). */
  readonly rules: CompiledRule[];
}

export function isInForce(rule: PolicyRule, asOf: string): boolean {
  return rule.effectiveDate === null || rule.effectiveDate <= asOf;
}

/**
 * The deterministic order in which rules win a cell: most restrictive outcome first, then rule
 * id, so the order rules were written in never changes a result or its explanation.
 */
export function compareRulePriority(a: CompiledRule, b: CompiledRule): number {
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (a.rule.id !== b.rule.id) return a.rule.id < b.rule.id ? -1 : 1;
  return a.index - b.index;
}

export function compileRules(
  scenario: Scenario,
  index: InventoryIndex,
  asOf: string,
): CompiledRule[] {
  const models = index.inventory.models;
  const compiled = scenario.rules.map((rule, ruleIndex): CompiledRule => {
    const modelFlags = new Uint8Array(models.length);
    const matched: number[] = [];
    for (let m = 0; m < models.length; m++) {
      const flags = matchModel(rule.models, models[m]);
      modelFlags[m] = flags;
      if (flags !== 0) matched.push(m);
    }
    const jurisdictionMask = selectJurisdictions(rule.jurisdictions, index);
    return {
      index: ruleIndex,
      rule,
      rank: outcomeRank(rule.outcome),
      inForce: isInForce(rule, asOf),
      jurisdictionMask,
      jurisdictions: maskToIndexes(jurisdictionMask),
      modelFlags,
      models: Int32Array.from(matched),
    };
  });
  return compiled.sort(compareRulePriority);
}

/**
 * The default outcome is a floor: cells no rule covers get it, and a rule less restrictive than
 * the default cannot decide a cell (validation rejects such rules). This keeps "adding a rule
 * never makes any cell less restrictive" true without exceptions.
 */
export function buildMatrix(scenario: Scenario, index: InventoryIndex, asOf: string): Matrix {
  const modelCount = index.inventory.models.length;
  const jurisdictionCount = index.codes.length;
  const cellCount = modelCount * jurisdictionCount;
  const defaultRank = outcomeRank(scenario.defaultOutcome);
  const rules = compileRules(scenario, index, asOf);

  const outcome = new Uint8Array(cellCount).fill(defaultRank);
  const decidingRule = new Int32Array(cellCount).fill(-1);
  for (const compiled of rules) {
    if (!compiled.inForce || compiled.rank < defaultRank) continue;
    const { jurisdictions, models, rank, index: ruleIndex } = compiled;
    // Rules arrive in priority order, so the first rule to reach a cell decides it.
    for (let k = 0; k < models.length; k++) {
      const base = models[k] * jurisdictionCount;
      for (let i = 0; i < jurisdictions.length; i++) {
        const cell = base + jurisdictions[i];
        if (decidingRule[cell] === -1) {
          decidingRule[cell] = ruleIndex;
          outcome[cell] = rank;
        }
      }
    }
  }

  const future = outcome.slice();
  for (const compiled of rules) {
    if (compiled.inForce || compiled.rank <= defaultRank) continue;
    const { jurisdictions, models, rank } = compiled;
    for (let k = 0; k < models.length; k++) {
      const base = models[k] * jurisdictionCount;
      for (let i = 0; i < jurisdictions.length; i++) {
        const cell = base + jurisdictions[i];
        if (future[cell] < rank) future[cell] = rank;
      }
    }
  }

  return { modelCount, jurisdictionCount, defaultRank, outcome, decidingRule, future, rules };
}
