import {
  CLAUSE_ASSESSMENTS,
  CLAUSE_TYPES,
  type ClauseAssessment,
  type ClauseType,
  type Contract,
} from "../types";
import type { InventoryIndex } from "../scenario/index-inventory";
import type { Methodology } from "../methodology/methodology";
import { ASSESSMENT_PREFERENCE } from "./weights";

/** Clause types that can move the residual under a methodology (rows that are not all zero). */
export function scoredClauseTypes(m: Methodology): ClauseType[] {
  return CLAUSE_TYPES.filter((type) =>
    CLAUSE_ASSESSMENTS.some((assessment) => {
      const steps = m.controls.clauses[type][assessment];
      return steps.likelihood !== 0 || steps.impact !== 0;
    }),
  );
}

const MISSING = CLAUSE_ASSESSMENTS.indexOf("MISSING");
const preference = (assessment: number): number =>
  ASSESSMENT_PREFERENCE.indexOf(CLAUSE_ASSESSMENTS[assessment] as ClauseAssessment);

/**
 * The contract position per vendor at the evaluation date: for each scored clause type, the best
 * assessment across the vendor's in-force contracts and the contract it comes from, and the steps
 * they add up to. Row `vendorCount` stands for "vendor not in the inventory" and stays all MISSING.
 */
export interface ContractTerms {
  readonly types: readonly ClauseType[];
  readonly typeCount: number;
  /** Assessment index (CLAUSE_ASSESSMENTS) per vendor × scored clause type. */
  readonly assessment: Uint8Array;
  /** Index into inventory.contracts per vendor × scored clause type; -1 = no contract covers it. */
  readonly contract: Int32Array;
  /** Sum of the clause steps per vendor, on each axis (before the reduction bound). */
  readonly likelihoodSteps: Int8Array;
  readonly impactSteps: Int8Array;
  /** In-force contract indexes per vendor. */
  readonly inForce: number[][];
}

/** In force on asOf: effective on or before it and not yet expired (the expiry day still counts). */
export function isContractInForce(
  contract: Pick<Contract, "effectiveDate" | "expiryDate">,
  asOf: string,
): boolean {
  return (
    contract.effectiveDate <= asOf && (contract.expiryDate === null || asOf <= contract.expiryDate)
  );
}

export function computeContractTerms(
  index: InventoryIndex,
  asOf: string,
  methodology: Methodology,
): ContractTerms {
  const types = scoredClauseTypes(methodology);
  const vendorCount = index.inventory.vendors.length;
  const typeCount = types.length;
  const rows = (vendorCount + 1) * typeCount;
  const assessment = new Uint8Array(rows).fill(MISSING);
  const contractOf = new Int32Array(rows).fill(-1);
  const inForce: number[][] = Array.from({ length: vendorCount + 1 }, () => []);
  const contracts = index.inventory.contracts;

  contracts.forEach((contract, c) => {
    const vendor = index.vendorIndex.get(contract.vendorId);
    if (vendor === undefined || !isContractInForce(contract, asOf)) return;
    inForce[vendor].push(c);
    for (const clause of contract.clauses) {
      const t = types.indexOf(clause.type);
      if (t < 0) continue;
      const cell = vendor * typeCount + t;
      const candidate = CLAUSE_ASSESSMENTS.indexOf(clause.assessment);
      const current = contractOf[cell];
      const better =
        current < 0 ||
        preference(candidate) < preference(assessment[cell]) ||
        (preference(candidate) === preference(assessment[cell]) &&
          contract.id < contracts[current].id);
      if (better) {
        assessment[cell] = candidate;
        contractOf[cell] = c;
      }
    }
  });

  const likelihoodSteps = new Int8Array(vendorCount + 1);
  const impactSteps = new Int8Array(vendorCount + 1);
  for (let cell = 0; cell < rows; cell++) {
    const steps =
      methodology.controls.clauses[types[cell % typeCount]][CLAUSE_ASSESSMENTS[assessment[cell]]];
    const vendor = Math.floor(cell / typeCount);
    likelihoodSteps[vendor] += steps.likelihood;
    impactSteps[vendor] += steps.impact;
  }
  return {
    types,
    typeCount,
    assessment,
    contract: contractOf,
    likelihoodSteps,
    impactSteps,
    inForce,
  };
}
