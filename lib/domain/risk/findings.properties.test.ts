import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BAND_IDS } from "../bands";
import { diffEvaluations } from "../diff/diff-evaluations";
import { DEFAULT_METHODOLOGY, bandRank, type Methodology } from "../methodology/methodology";
import { outcomeRank } from "../outcome";
import { evaluateScenario } from "../scenario/evaluate";
import {
  ALL_CODES,
  AS_OF,
  CONTRACTS,
  VENDORS,
  jurisdictions,
  makeInventory,
  models,
  rule,
  scenario,
} from "../test-fixtures";
import {
  CLAUSE_ASSESSMENTS,
  CLAUSE_TYPES,
  OUTCOMES,
  type Contract,
  type Deployment,
  type Inventory,
  type Scenario,
} from "../types";
import { explainDeployment, type DeploymentExplanation } from "./explain-deployment";

const RUNS = { numRuns: 60 };
const base = makeInventory();

const contracts: fc.Arbitrary<Contract[]> = fc
  .array(
    fc.record({
      vendorId: fc.constantFrom(...VENDORS.map((v) => v.id)),
      clauses: fc.array(
        fc.record({
          type: fc.constantFrom(...CLAUSE_TYPES),
          assessment: fc.constantFrom(...CLAUSE_ASSESSMENTS),
        }),
        { maxLength: 11 },
      ),
    }),
    { maxLength: 4 },
  )
  .map((list) =>
    list.map((c, i) => ({
      id: `ctr-gen-${i}`,
      vendorId: c.vendorId,
      effectiveDate: "2020-01-01",
      expiryDate: null,
      clauses: c.clauses.map((clause, k) => ({ id: `c${i}-${k}`, ...clause })),
    })),
  );

/** Licences for a random subset of codes per deployment. */
const licences = fc.array(fc.subarray([...ALL_CODES], { maxLength: 4 }), {
  minLength: base.deployments.length,
  maxLength: base.deployments.length,
});

const withLicences = (codes: string[][], extra: Partial<Inventory> = {}): Inventory =>
  makeInventory({
    deployments: base.deployments.map((d, i): Deployment => ({ ...d, licensedCodes: codes[i] })),
    ...extra,
  });

/** A scenario that puts every model under one outcome in a random set of countries. */
const anyScenario: fc.Arbitrary<Scenario> = fc
  .array(
    fc.record({
      countries: fc.subarray([...ALL_CODES], { minLength: 1, maxLength: 6 }),
      outcome: fc.constantFrom(...OUTCOMES),
      modelIds: fc.subarray(
        base.models.map((m) => m.id),
        { minLength: 1, maxLength: 3 },
      ),
      // Some rules only apply later: upcoming access moves likelihood and can pin it at 5, so
      // access can change while the score does not (the case a diff once missed).
      upcoming: fc.boolean(),
    }),
    { maxLength: 4 },
  )
  .chain((bodies) =>
    fc.constantFrom(...OUTCOMES).map((fallback) =>
      scenario(
        bodies.map((b, i) =>
          rule({
            id: `g${i}`,
            outcome: b.outcome,
            jurisdictions: jurisdictions({ countries: b.countries }),
            models: models({ modelIds: b.modelIds }),
            effectiveDate: b.upcoming ? "2027-06-01" : null,
          }),
        ),
        fallback,
      ),
    ),
  );

/** A methodology with random weights, steps, floors and appetite (the grid stays monotone). */
const anyMethodology: fc.Arbitrary<Methodology> = fc
  .record({
    origin: fc.integer({ min: 0, max: 3 }),
    dependence: fc.integer({ min: 0, max: 2 }),
    maxLikelihood: fc.integer({ min: 0, max: 4 }),
    maxImpact: fc.integer({ min: 0, max: 4 }),
    fallbackImpact: fc.integer({ min: -2, max: 0 }),
    licenceLikelihood: fc.integer({ min: -2, max: 0 }),
    appetite: fc.constantFrom(...BAND_IDS),
    version: fc.integer({ min: 3, max: 99 }),
  })
  .map((r) => ({
    ...DEFAULT_METHODOLOGY,
    id: "custom",
    version: r.version,
    likelihood: { ...DEFAULT_METHODOLOGY.likelihood, originDependencePoints: r.origin },
    impact: { ...DEFAULT_METHODOLOGY.impact, modelDependencePoints: r.dependence },
    controls: {
      ...DEFAULT_METHODOLOGY.controls,
      fallback: { likelihood: 0, impact: r.fallbackImpact },
      licence: { likelihood: r.licenceLikelihood, impact: 0 },
      maxReduction: { likelihood: r.maxLikelihood, impact: r.maxImpact },
    },
    appetite: r.appetite,
  }));

describe("findings and the band floor", () => {
  it("no contract, fallback or licence lowers a finding's band below its floor", () => {
    fc.assert(
      fc.property(anyScenario, contracts, licences, (s, extra, codes) => {
        const inventory = withLicences(codes, { contracts: [...CONTRACTS, ...extra] });
        const evaluation = evaluateScenario(inventory, s, { asOf: AS_OF });
        for (const d of inventory.deployments) {
          const result = evaluation.deployment(d.id);
          const access = result.access;
          const licensed = access === "LICENCE_REQUIRED" && result.finding === null;
          if (access === "ALLOWED" || licensed) {
            expect(result.finding).toBeNull();
            continue;
          }
          expect(result.finding).not.toBeNull();
          const floor = access === "PROHIBITED" ? "CRITICAL" : "HIGH";
          expect(result.finding!.floor).toBe(floor);
          expect(bandRank(result.band)).toBeGreaterThanOrEqual(bandRank(floor));
        }
      }),
      RUNS,
    );
  });

  it("a deployment's band never drops when its access gets stricter", () => {
    const deployment = fc.constantFrom(...base.deployments);
    fc.assert(
      fc.property(
        deployment,
        fc.constantFrom(...OUTCOMES),
        fc.constantFrom(...OUTCOMES),
        licences,
        (d, a, b, codes) => {
          const [looser, stricter] = outcomeRank(a) <= outcomeRank(b) ? [a, b] : [b, a];
          const inventory = withLicences(codes);
          const everywhere = (outcome: (typeof OUTCOMES)[number]) =>
            scenario([
              rule({
                id: "target",
                outcome,
                jurisdictions: jurisdictions({ allOthers: true }),
                models: models({ modelIds: [d.modelId] }),
              }),
            ]);
          const before = evaluateScenario(inventory, everywhere(looser), { asOf: AS_OF });
          const after = evaluateScenario(inventory, everywhere(stricter), { asOf: AS_OF });
          const rank = (e: typeof before) => bandRank(e.deployment(d.id).band);
          expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
        },
      ),
      RUNS,
    );
  });

  it("licensed access everywhere it is needed clears the finding and lowers likelihood", () => {
    const s = scenario([rule({ id: "licence", outcome: "LICENCE_REQUIRED" })], "ALLOWED");
    const unlicensed = evaluateScenario(base, s, { asOf: AS_OF }).deployment("dep-jp-hr");
    expect(unlicensed.finding).toMatchObject({ kind: "UNLICENSED", floor: "HIGH" });
    expect(unlicensed.band).toBe("HIGH");
    const licensed = withLicences(base.deployments.map((d) => [d.jurisdictionCode, ...d.reach]));
    const e = explainDeployment(evaluateScenario(licensed, s, { asOf: AS_OF }), "dep-jp-hr");
    expect(e.finding).toBeNull();
    expect(e.residualLikelihood.factors.find((f) => f.key === "licence")?.contribution).toBe(-1);
  });
});

describe("methodology as a parameter", () => {
  it("an explanation recomputes its score under the methodology version it names", () => {
    fc.assert(
      fc.property(anyScenario, anyMethodology, licences, (s, methodology, codes) => {
        const inventory = withLicences(codes);
        const evaluation = evaluateScenario(inventory, s, { asOf: AS_OF, methodology });
        expect(evaluation.methodology).toEqual({ id: "custom", version: methodology.version });
        const sum = (fs: { contribution: number }[]) => fs.reduce((t, f) => t + f.contribution, 0);
        for (const d of inventory.deployments) {
          const e = explainDeployment(evaluation, d.id);
          expect(e.methodology).toEqual(evaluation.methodology);
          const l = sum(e.residualLikelihood.factors);
          const i = sum(e.residualImpact.factors);
          expect(l * i).toBe(evaluation.deployment(d.id).residual);
          // The band from the named methodology's grid and floor, redone from the factors alone.
          const grid = methodology.grid[l - 1][i - 1];
          const floor = e.finding ? methodology.accessBandFloor[e.access as "RESTRICTED"] : "LOW";
          const band = bandRank(floor) > bandRank(grid) ? floor : grid;
          expect(band).toBe(evaluation.deployment(d.id).band);
        }
      }),
      RUNS,
    );
  });

  it("changing a weight changes only the scores that use it", () => {
    type Tweak = {
      apply: (m: Methodology) => Methodology;
      /** Whether this deployment's score reads the weight, from its explanation. */
      uses: (e: DeploymentExplanation) => boolean;
    };
    const residualFactors = (e: DeploymentExplanation) => [
      ...e.residualLikelihood.factors,
      ...e.residualImpact.factors,
    ];
    const origin: fc.Arbitrary<Tweak> = fc.integer({ min: 0, max: 3 }).map((points) => ({
      apply: (m) => ({ ...m, likelihood: { ...m.likelihood, originDependencePoints: points } }),
      uses: (e) =>
        e.likelihood.factors.some((f) => f.key === "originDependence" && f.contribution !== 0),
    }));
    const clause: fc.Arbitrary<Tweak> = fc
      .record({
        type: fc.constantFrom(...CLAUSE_TYPES),
        assessment: fc.constantFrom(...CLAUSE_ASSESSMENTS),
        axis: fc.constantFrom("likelihood" as const, "impact" as const),
        step: fc.integer({ min: -2, max: 1 }),
      })
      .map(({ type, assessment, axis, step }) => ({
        apply: (m) => {
          const row = m.controls.clauses[type];
          const clauses = {
            ...m.controls.clauses,
            [type]: { ...row, [assessment]: { ...row[assessment], [axis]: step } },
          };
          return { ...m, controls: { ...m.controls, clauses } };
        },
        uses: (e) =>
          residualFactors(e).some((f) => f.key === `clause:${type}` && f.value === assessment),
      }));
    const fallback: fc.Arbitrary<Tweak> = fc.integer({ min: -2, max: 0 }).map((step) => ({
      apply: (m) => ({
        ...m,
        controls: { ...m.controls, fallback: { likelihood: 0, impact: step } },
      }),
      uses: (e) => residualFactors(e).some((f) => f.key === "fallback" && f.contribution !== 0),
    }));
    const licence: fc.Arbitrary<Tweak> = fc.integer({ min: -2, max: 0 }).map((step) => ({
      apply: (m) => ({
        ...m,
        controls: { ...m.controls, licence: { likelihood: step, impact: 0 } },
      }),
      uses: (e) => residualFactors(e).some((f) => f.key === "licence"),
    }));
    fc.assert(
      fc.property(
        anyScenario,
        contracts,
        licences,
        fc.oneof(origin, clause, fallback, licence),
        (s, extra, codes, tweak) => {
          const inventory = withLicences(codes, { contracts: [...CONTRACTS, ...extra] });
          const changed = { ...tweak.apply(DEFAULT_METHODOLOGY), version: 99 };
          const before = evaluateScenario(inventory, s, { asOf: AS_OF });
          const after = evaluateScenario(inventory, s, { asOf: AS_OF, methodology: changed });
          for (const d of inventory.deployments) {
            // Used under either version: a step that was 0 leaves no factor before it changes.
            const uses =
              tweak.uses(explainDeployment(before, d.id)) ||
              tweak.uses(explainDeployment(after, d.id));
            if (!uses) expect(after.deployment(d.id)).toEqual(before.deployment(d.id));
          }
        },
      ),
      RUNS,
    );
  });

  it("the diff lists every deployment whose access, finding, band or score differs", () => {
    fc.assert(
      fc.property(anyScenario, anyScenario, (sa, sb) => {
        const a = evaluateScenario(base, sa, { asOf: AS_OF });
        const b = evaluateScenario(base, sb, { asOf: AS_OF });
        const listed = new Set(diffEvaluations(a, b).deployments.map((c) => c.deploymentId));
        for (const d of base.deployments) {
          const x = a.deployment(d.id);
          const y = b.deployment(d.id);
          const differs =
            x.access !== y.access ||
            x.band !== y.band ||
            x.finding?.kind !== y.finding?.kind ||
            x.inherent !== y.inherent ||
            x.residual !== y.residual;
          if (differs) expect(listed.has(d.id)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
