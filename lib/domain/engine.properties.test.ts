import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestAlternatives } from "./alternatives/suggest-alternatives";
import { diffEvaluations, type EvaluationDiff } from "./diff/diff-evaluations";
import type { Evaluation } from "./evaluation-types";
import { outcomeRank } from "./outcome";
import { explainDeployment } from "./risk/explain-deployment";
import { evaluateScenario } from "./scenario/evaluate";
import {
  ALL_CODES,
  AS_OF,
  CONTRACTS,
  GROUPS,
  MODELS,
  VENDORS,
  makeInventory,
} from "./test-fixtures";
import {
  CAPABILITY_CLASSES,
  CLAUSE_TYPES,
  OUTCOMES,
  type AiModel,
  type Inventory,
  type JurisdictionSelector,
  type ModelSelector,
  type PolicyRule,
  type Scenario,
} from "./types";

const RUNS = { numRuns: 100 };
const inventory = makeInventory();
const groupIds = GROUPS.map((g) => g.id);

const subset = <T>(values: readonly T[], maxLength = 3) => fc.subarray([...values], { maxLength });

const jurisdictionSelector: fc.Arbitrary<JurisdictionSelector> = fc.record({
  groupIds: subset(groupIds, 2),
  countries: subset(ALL_CODES, 3),
  allOthers: fc.boolean(),
  excludeGroupIds: subset(groupIds, 1),
  excludeCountries: subset(ALL_CODES, 2),
});

const modelSelector: fc.Arbitrary<ModelSelector> = fc.oneof(
  fc.constant<ModelSelector>({
    all: true,
    originCodes: [],
    vendorIds: [],
    weights: null,
    minTrainingComputeFlop: null,
    capabilityClasses: [],
    modelIds: [],
  }),
  fc.record({
    all: fc.constant(false),
    originCodes: subset(["US", "FR", "CN", "CA"], 2),
    vendorIds: subset(
      VENDORS.map((v) => v.id),
      2,
    ),
    weights: fc.constantFrom(null, "OPEN" as const, "CLOSED" as const),
    minTrainingComputeFlop: fc.constantFrom(null, 1e24, 1e25, 3.8e25, 1e26),
    capabilityClasses: subset(CAPABILITY_CLASSES, 2),
    modelIds: subset(
      MODELS.map((m) => m.id),
      2,
    ),
  }),
);

const ruleBody = fc.record({
  jurisdictions: jurisdictionSelector,
  models: modelSelector,
  outcome: fc.constantFrom(...OUTCOMES),
  effectiveDate: fc.constantFrom(null, "2025-01-01", "2027-06-01"),
});

const rules = (maxLength: number): fc.Arbitrary<PolicyRule[]> =>
  fc
    .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 99 }), ruleBody), {
      maxLength,
      selector: ([id]) => id,
    })
    .map((list) =>
      list.map(([id, body]) => ({
        id: `r${id}`,
        name: `Rule ${id}`,
        rationale: "",
        source: "",
        ...body,
      })),
    );

const scenarioOf = (list: PolicyRule[], defaultOutcome: Scenario["defaultOutcome"]): Scenario => ({
  id: "s",
  name: "s",
  defaultOutcome,
  rules: list,
});
const anyScenario = fc
  .tuple(rules(6), fc.constantFrom(...OUTCOMES))
  .map(([list, d]) => scenarioOf(list, d));

const evaluate = (s: Scenario, inv: Inventory = inventory) =>
  evaluateScenario(inv, s, { asOf: AS_OF });

/** Everything observable about an evaluation, as plain data. */
function snapshot(evaluation: Evaluation) {
  const cells = evaluation.modelIds.flatMap((m) =>
    evaluation.jurisdictionCodes.map((c) => [
      evaluation.outcomeOf(m, c),
      evaluation.decidingRuleIdOf(m, c),
      evaluation.upcomingOutcomeOf(m, c),
    ]),
  );
  const deployments = evaluation.inventory.deployments.map((_, d) => evaluation.deploymentAt(d));
  return { cells, deployments, rollups: evaluation.rollups };
}

function eachCell(a: Evaluation, b: Evaluation, check: (before: number, after: number) => void) {
  const x = a.internals.matrix;
  const y = b.internals.matrix;
  for (let c = 0; c < x.outcome.length; c++) {
    check(x.outcome[c], y.outcome[c]);
    check(x.future[c], y.future[c]);
  }
}

describe("engine properties", () => {
  it("evaluation is deterministic and independent of rule order", () => {
    fc.assert(
      fc.property(anyScenario, fc.infiniteStream(fc.nat()), (s, seeds) => {
        const shuffled = [...s.rules]
          .map((r) => [seeds.next().value, r] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, r]) => r);
        const first = snapshot(evaluate(s));
        expect(snapshot(evaluate(s))).toEqual(first);
        expect(snapshot(evaluate({ ...s, rules: shuffled }))).toEqual(first);
      }),
      RUNS,
    );
  });

  it("adding a rule never makes any cell less restrictive, now or later", () => {
    fc.assert(
      fc.property(anyScenario, ruleBody, (s, extra) => {
        const added = { id: "added", name: "Added", rationale: "", source: "", ...extra };
        eachCell(evaluate(s), evaluate({ ...s, rules: [...s.rules, added] }), (before, after) =>
          expect(after).toBeGreaterThanOrEqual(before),
        );
      }),
      RUNS,
    );
  });

  it("adding an adequate clause never raises any residual risk", () => {
    fc.assert(
      fc.property(
        anyScenario,
        fc.constantFrom(...VENDORS.map((v) => v.id)),
        fc.constantFrom(...CLAUSE_TYPES),
        (s, vendorId, type) => {
          const contract = {
            id: "ctr-extra",
            vendorId,
            effectiveDate: "2026-01-01",
            expiryDate: null,
            clauses: [{ id: "x", type, assessment: "ADEQUATE" as const }],
          };
          const before = evaluate(s).internals.deployments;
          const after = evaluate(s, makeInventory({ contracts: [...CONTRACTS, contract] }))
            .internals.deployments;
          before.residual.forEach((residual, d) => {
            expect(after.residual[d]).toBeLessThanOrEqual(residual);
            expect(after.band[d]).toBeLessThanOrEqual(before.band[d]);
          });
        },
      ),
      RUNS,
    );
  });

  it("every explanation adds up to its bulk score", () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const evaluation = evaluate(s);
        for (const deployment of inventory.deployments) {
          const bulk = evaluation.deployment(deployment.id);
          const e = explainDeployment(evaluation, deployment.id);
          const sum = (fs: { contribution: number }[]) =>
            fs.reduce((t, f) => t + f.contribution, 0);
          expect([sum(e.likelihood.factors), sum(e.impact.factors)]).toEqual([
            bulk.inherentLikelihood,
            bulk.inherentImpact,
          ]);
          expect(sum(e.residualLikelihood.factors) * sum(e.residualImpact.factors)).toBe(
            bulk.residual,
          );
          expect(e.methodology).toEqual(evaluation.methodology);
        }
      }),
      RUNS,
    );
  });

  it("diff(A, A) is empty and diff(B, A) mirrors diff(A, B)", () => {
    const mirror = (diff: EvaluationDiff): EvaluationDiff => ({
      cells: diff.cells.map((c) => ({
        ...c,
        before: c.after,
        after: c.before,
        beforeRuleId: c.afterRuleId,
        afterRuleId: c.beforeRuleId,
        direction: c.direction === "worse" ? "better" : "worse",
      })),
      deployments: diff.deployments.map((d) => ({
        ...d,
        before: d.after,
        after: d.before,
        residualDelta: 0 - d.residualDelta,
        direction: d.direction === "worse" ? "better" : "worse",
      })),
    });
    fc.assert(
      fc.property(anyScenario, anyScenario, (sa, sb) => {
        const a = evaluate(sa);
        const b = evaluate(sb);
        expect(diffEvaluations(a, a)).toEqual({ cells: [], deployments: [] });
        expect(diffEvaluations(b, a)).toEqual(mirror(diffEvaluations(a, b)));
      }),
      RUNS,
    );
  });

  it("filling in an unknown fact never makes a cell more restrictive", () => {
    const unknown: AiModel = {
      id: "mystery",
      vendorId: "cohere",
      name: "Mystery",
      originCode: null,
      weights: null,
      trainingComputeFlop: null,
      capabilityClass: "FRONTIER",
    };
    const known = fc.record({
      originCode: fc.constantFrom(null, "US", "FR", "CN", "CA"),
      weights: fc.constantFrom(null, "OPEN" as const, "CLOSED" as const),
      trainingComputeFlop: fc.constantFrom(null, 1e23, 1e25, 1e26, 5e26),
    });
    // Rules that select on the facts themselves, so the assumption is what decides.
    const factSelector: fc.Arbitrary<ModelSelector> = fc
      .record({
        originCodes: subset(["US", "FR", "CN", "CA"], 2),
        weights: fc.constantFrom(null, "OPEN" as const, "CLOSED" as const),
        minTrainingComputeFlop: fc.constantFrom(null, 1e24, 1e26),
      })
      .map((criteria) => ({
        ...criteria,
        all: false,
        vendorIds: [],
        capabilityClasses: [],
        modelIds: [],
      }));
    const factScenario = fc
      .array(
        fc.record({
          jurisdictions: jurisdictionSelector,
          models: factSelector,
          outcome: fc.constantFrom(...OUTCOMES),
        }),
        { minLength: 1, maxLength: 4 },
      )
      .map((bodies) =>
        scenarioOf(
          bodies.map((body, i) => ({
            id: `f${i}`,
            name: `F${i}`,
            rationale: "",
            source: "",
            effectiveDate: null,
            ...body,
          })),
          "ALLOWED",
        ),
      );
    fc.assert(
      fc.property(fc.oneof(anyScenario, factScenario), known, (s, facts) => {
        const withUnknown = evaluate(s, makeInventory({ models: [...MODELS, unknown] }));
        const withKnown = evaluate(
          s,
          makeInventory({ models: [...MODELS, { ...unknown, ...facts }] }),
        );
        for (const code of ALL_CODES) {
          expect(outcomeRank(withKnown.outcomeOf("mystery", code))).toBeLessThanOrEqual(
            outcomeRank(withUnknown.outcomeOf("mystery", code)),
          );
        }
      }),
      RUNS,
    );
  });

  it("every suggested alternative is allowed wherever the deployment reaches", () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const evaluation = evaluate(s);
        for (const deployment of inventory.deployments) {
          const own = MODELS.find((m) => m.id === deployment.modelId) as AiModel;
          for (const alternative of suggestAlternatives(evaluation, deployment.id, 20)) {
            expect(alternative.modelId).not.toBe(deployment.modelId);
            expect(CAPABILITY_CLASSES.indexOf(alternative.capabilityClass)).toBeGreaterThanOrEqual(
              CAPABILITY_CLASSES.indexOf(own.capabilityClass),
            );
            for (const code of [deployment.jurisdictionCode, ...deployment.reach]) {
              expect(evaluation.outcomeOf(alternative.modelId, code)).toBe("ALLOWED");
              expect(evaluation.upcomingOutcomeOf(alternative.modelId, code)).toBeNull();
            }
          }
        }
      }),
      RUNS,
    );
  });
});
