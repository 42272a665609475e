import type { InventoryIndex } from "../scenario/index-inventory";
import type { ExposureSets } from "../scenario/intern-exposure";
import type { Scenario } from "../types";

/**
 * Whether a model's origin country could cut a deployment's access by its export rules. It can
 * when the deployment is exposed outside that country and the scenario has a restrictive rule
 * (in force or upcoming) on models of that origin. An unknown origin is the worst case: it could
 * be any origin the scenario has such a rule on.
 *
 * An export rule names the one origin whose exports it controls (the US rules on US models). A rule
 * naming several origins at once is the importing country's regime (e.g. China's filing rule on
 * every foreign model): where the model comes from does not decide whether it can be cut off, so
 * it does not make a deployment depend on its model's origin.
 */
export interface OriginDependence {
  /** Model origin code per model; null = unknown. */
  readonly origin: (string | null)[];
  /** Jurisdiction index of the origin per model; -1 when unknown or not in the inventory. */
  readonly originJurisdiction: Int32Array;
  /** Name of a scenario rule on the model's origin (any origin when unknown); null = none. */
  readonly ruleName: (string | null)[];
}

export function computeOriginDependence(
  index: InventoryIndex,
  scenario: Scenario,
): OriginDependence {
  const ruleOnOrigin = new Map<string, string>();
  for (const rule of scenario.rules) {
    if (rule.outcome === "ALLOWED" || rule.models.all || rule.models.originCodes.length !== 1)
      continue;
    const [code] = rule.models.originCodes;
    if (!ruleOnOrigin.has(code)) ruleOnOrigin.set(code, rule.name);
  }
  const anyRule = ruleOnOrigin.size === 0 ? null : ruleOnOrigin.values().next().value!;
  const models = index.inventory.models;
  const originJurisdiction = new Int32Array(models.length).fill(-1);
  const ruleName: (string | null)[] = [];
  models.forEach((model, m) => {
    if (model.originCode === null) {
      ruleName.push(anyRule);
      return;
    }
    originJurisdiction[m] = index.codeIndex.get(model.originCode) ?? -1;
    ruleName.push(ruleOnOrigin.get(model.originCode) ?? null);
  });
  return { origin: models.map((model) => model.originCode), originJurisdiction, ruleName };
}

/** Whether deployment d, using model m, depends on m's origin (see OriginDependence). */
export function dependsOnOrigin(
  origins: OriginDependence,
  m: number,
  exposure: ExposureSets,
  d: number,
): boolean {
  if (origins.ruleName[m] === null) return false;
  const origin = origins.originJurisdiction[m];
  if (origin < 0) return true;
  if (exposure.servedOf[d] !== origin) return true;
  const reach = exposure.reachOf[d];
  const first = exposure.start[reach];
  for (let i = first; i < first + exposure.size[reach]; i++)
    if (exposure.pool[i] !== origin) return true;
  return false;
}
