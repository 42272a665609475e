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

/** How a deployment reaches its model: the channel whose contracts cover it. */
export const CHANNEL_KINDS = ["CLOUD", "VENDOR_API", "ON_PREM", "UNKNOWN"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
const CLOUD = 0;
const VENDOR_API = 1;
const ON_PREM = 2;
const UNKNOWN = 3;

/**
 * Clause types whose commitment is about where data is processed. Such a clause addresses a
 * deployment's exposure only when its processing is confined (REGIONAL or ZONE), never GLOBAL,
 * and — when the clause names places — only when every jurisdiction the processing reaches is one
 * of them (a Singapore commitment does nothing for a deployment processed in Frankfurt).
 */
export const RESIDENCY_CLAUSE_TYPES: readonly ClauseType[] = ["DATA_RESIDENCY"];

const placeKey = (places: readonly string[]) => [...places].sort().join(",");

/**
 * The contract position of each coverage row at the evaluation date. A row stands for one way of
 * being covered: the channel (kind and the vendor that delivers it), the set of LISTED_MODELS
 * contracts naming the model, and whether processing is global. Rows are computed the first time
 * a deployment needs them, so the bulk path does a few typed-array reads per deployment.
 */
export interface ContractTerms {
  readonly types: readonly ClauseType[];
  readonly typeCount: number;
  /** Number of possible rows (the residual memo is sized by it). */
  readonly rowCount: number;
  /** Assessment index (CLAUSE_ASSESSMENTS) per row × scored clause type. */
  readonly assessment: Uint8Array;
  /** Index into inventory.contracts of the clause that earns the credit; -1 = none. */
  readonly contract: Int32Array;
  /** Index into that contract's clauses; -1 = none. */
  readonly clause: Int32Array;
  /** A covering contract's clause of that type that does not address the exposure (-1 = none). */
  readonly unaddressed: Int32Array;
  /** Index into that contract's clauses of the clause that does not address it; -1 = none. */
  readonly unaddressedClause: Int32Array;
  /** Sum of the clause steps per row, on each axis (before the reduction bound). */
  readonly likelihoodSteps: Int8Array;
  readonly impactSteps: Int8Array;
  /** The covering in-force contract indexes per row (after rowOf has computed it). */
  readonly covering: (number[] | undefined)[];
  /** The vendor delivering each row's channel; -1 = none (after rowOf has computed it). */
  readonly rowVendor: Int32Array;
  /** Channel kind (index into CHANNEL_KINDS) per deployment. */
  readonly channelKind: Uint8Array;
  /** The coverage row of deployment d scored with model `model`; computes the row if new. */
  rowOf(d: number, model: number): number;
  /** The vendor index delivering deployment d with model `model`; -1 = none. */
  channelVendor(d: number, model: number): number;
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

/** `contracts` replaces the inventory's contracts (e.g. to preview a clause assessment). */
export function computeContractTerms(
  index: InventoryIndex,
  asOf: string,
  methodology: Methodology,
  contracts: readonly Contract[] = index.inventory.contracts,
): ContractTerms {
  const { inventory } = index;
  const types = scoredClauseTypes(methodology);
  const typeCount = types.length;
  const vendorCount = inventory.vendors.length;
  const vendorSlots = vendorCount + 1;

  // In-force contracts, and the LISTED_MODELS ones per model (interned as sets).
  const inForce: number[] = [];
  const listedBy: number[][] = inventory.models.map(() => []);
  contracts.forEach((contract, c) => {
    if (!index.vendorIndex.has(contract.vendorId) || !isContractInForce(contract, asOf)) return;
    inForce.push(c);
    if (contract.coverage !== "LISTED_MODELS") return;
    for (const id of contract.modelIds ?? []) {
      const m = index.modelIndex.get(id);
      if (m !== undefined) listedBy[m].push(c);
    }
  });
  const listedSets: number[][] = [[]];
  const listedKeyOf = new Map<string, number>([["", 0]]);
  const listedOf = new Int32Array(inventory.models.length);
  listedBy.forEach((set, m) => {
    const key = set.join(",");
    let k = listedKeyOf.get(key);
    if (k === undefined) {
      k = listedSets.length;
      listedKeyOf.set(key, k);
      listedSets.push(set);
    }
    listedOf[m] = k;
  });
  const listedCount = listedSets.length;

  // Channel per deployment.
  const cloudVendor = new Map<string, number>();
  inventory.vendors.forEach((vendor, v) => {
    if (vendor.cloudProvider) cloudVendor.set(vendor.cloudProvider, v);
  });
  const deployments = inventory.deployments;
  const channelKind = new Uint8Array(deployments.length);
  const deploymentVendor = new Int32Array(deployments.length).fill(-1);
  const { placeListOf, exposureClassOf, placeSignatures } = residencyExposure(
    index,
    contracts,
    inForce,
  );
  const classCount = 1 + placeSignatures.length;
  deployments.forEach((deployment, d) => {
    const provider = deployment.cloudProvider;
    if (provider === "VENDOR_API") channelKind[d] = VENDOR_API;
    else if (provider === "ON_PREM") channelKind[d] = ON_PREM;
    else if (!provider) channelKind[d] = UNKNOWN;
    else {
      channelKind[d] = CLOUD;
      deploymentVendor[d] = cloudVendor.get(provider) ?? -1;
    }
  });

  const rowCount = CHANNEL_KINDS.length * vendorSlots * listedCount * classCount;
  const cells = rowCount * typeCount;
  const assessment = new Uint8Array(cells).fill(MISSING);
  const contractOf = new Int32Array(cells).fill(-1);
  const clauseOf = new Int32Array(cells).fill(-1);
  const unaddressed = new Int32Array(cells).fill(-1);
  const unaddressedClause = new Int32Array(cells).fill(-1);
  const likelihoodSteps = new Int8Array(rowCount);
  const impactSteps = new Int8Array(rowCount);
  const covering: (number[] | undefined)[] = new Array(rowCount);
  const rowVendor = new Int32Array(rowCount).fill(-1);

  const channelVendor = (d: number, model: number): number => {
    const kind = channelKind[d];
    if (kind === CLOUD) return deploymentVendor[d];
    if (kind === VENDOR_API) return index.modelVendor[model];
    return -1;
  };

  /** Whether a clause addresses the exposure of the deployments of exposure class `cls`. */
  const addresses = (clause: Contract["clauses"][number], cls: number): boolean => {
    if (!RESIDENCY_CLAUSE_TYPES.includes(clause.type)) return true;
    if (cls === 0) return false; // global processing
    const list = clause.places?.length ? placeListOf.get(placeKey(clause.places))! : -1;
    return list < 0 || placeSignatures[cls - 1].includes(list);
  };

  function computeRow(row: number, kind: number, vendor: number, listed: number, cls: number) {
    const list: number[] = [];
    for (const c of inForce) {
      const contract = contracts[c];
      const counterparty = index.vendorIndex.get(contract.vendorId)!;
      const coverage = contract.coverage ?? "ALL_SERVICES";
      const covers =
        coverage === "ALL_SERVICES"
          ? (kind === CLOUD || kind === VENDOR_API) && counterparty === vendor
          : coverage === "MODEL_SERVICE"
            ? kind === CLOUD && counterparty === vendor
            : listedSets[listed].includes(c) && (kind === ON_PREM || counterparty === vendor);
      if (covers) list.push(c);
    }
    covering[row] = list;
    rowVendor[row] = vendor;
    for (const c of list) {
      contracts[c].clauses.forEach((clause, k) => {
        const t = types.indexOf(clause.type);
        if (t < 0) return;
        const cell = row * typeCount + t;
        if (!addresses(clause, cls)) {
          if (unaddressed[cell] < 0) {
            unaddressed[cell] = c;
            unaddressedClause[cell] = k;
          }
          return;
        }
        const candidate = CLAUSE_ASSESSMENTS.indexOf(clause.assessment);
        const current = contractOf[cell];
        const better =
          current < 0 ||
          preference(candidate) < preference(assessment[cell]) ||
          (preference(candidate) === preference(assessment[cell]) &&
            contracts[c].id < contracts[current].id);
        if (better) {
          assessment[cell] = candidate;
          contractOf[cell] = c;
          clauseOf[cell] = k;
        }
      });
    }
    for (let t = 0; t < typeCount; t++) {
      const steps =
        methodology.controls.clauses[types[t]][CLAUSE_ASSESSMENTS[assessment[row * typeCount + t]]];
      likelihoodSteps[row] += steps.likelihood;
      impactSteps[row] += steps.impact;
    }
  }

  const rowOf = (d: number, model: number): number => {
    const kind = channelKind[d];
    const vendor = channelVendor(d, model);
    const slot = vendor < 0 ? vendorCount : vendor;
    const listed = listedOf[model];
    const cls = exposureClassOf[d];
    const row = ((kind * vendorSlots + slot) * listedCount + listed) * classCount + cls;
    if (covering[row] === undefined) computeRow(row, kind, vendor, listed, cls);
    return row;
  };

  return {
    types,
    typeCount,
    rowCount,
    assessment,
    contract: contractOf,
    clause: clauseOf,
    unaddressed,
    unaddressedClause,
    likelihoodSteps,
    impactSteps,
    covering,
    rowVendor,
    channelKind,
    rowOf,
    channelVendor,
  };
}

/**
 * Where each deployment's processing stands against the places named by in-force residency
 * clauses: exposure class 0 = global processing; class 1 + s = confined processing whose reach
 * lies inside exactly the place lists of signature s. Few distinct place lists exist, so
 * deployments share a handful of classes and coverage rows stay few.
 */
function residencyExposure(
  index: InventoryIndex,
  contracts: readonly Contract[],
  inForce: readonly number[],
) {
  const placeListOf = new Map<string, number>();
  const placeSets: Uint8Array[] = [];
  for (const c of inForce)
    for (const clause of contracts[c].clauses) {
      if (!RESIDENCY_CLAUSE_TYPES.includes(clause.type) || !clause.places?.length) continue;
      const key = placeKey(clause.places);
      if (placeListOf.has(key)) continue;
      const set = new Uint8Array(index.codes.length);
      for (const code of clause.places) {
        const j = index.codeIndex.get(code);
        if (j !== undefined) set[j] = 1;
      }
      placeListOf.set(key, placeSets.length);
      placeSets.push(set);
    }

  const { reachOf, start, size, pool } = index.exposure;
  const deployments = index.inventory.deployments;
  const exposureClassOf = new Uint16Array(deployments.length);
  const placeSignatures: number[][] = [];
  const signatureOf = new Map<string, number>();
  const classOfSignature = (inside: number[]): number => {
    const key = inside.join(",");
    let s = signatureOf.get(key);
    if (s === undefined) {
      s = placeSignatures.length;
      signatureOf.set(key, s);
      placeSignatures.push(inside);
    }
    return 1 + s;
  };
  // Most reach lists are short and not shared, so the class is cached per reach id in a typed
  // array (0 = not yet known), and without named places every confined deployment is one class.
  const classOfReach = new Uint16Array(index.exposure.count);
  const unplaced = placeSets.length === 0 ? classOfSignature([]) : 0;
  for (let d = 0; d < deployments.length; d++) {
    if (deployments[d].processingScope === "GLOBAL") continue; // class 0
    if (unplaced !== 0) {
      exposureClassOf[d] = unplaced;
      continue;
    }
    const reach = reachOf[d];
    let cls = classOfReach[reach];
    if (cls === 0) {
      // An unknown processing location is inside no named place.
      const inside: number[] = [];
      if (size[reach] > 0)
        for (let p = 0; p < placeSets.length; p++) {
          const set = placeSets[p];
          let all = true;
          for (let i = start[reach]; i < start[reach] + size[reach] && all; i++)
            all = set[pool[i]] === 1;
          if (all) inside.push(p);
        }
      cls = classOfSignature(inside);
      classOfReach[reach] = cls;
    }
    exposureClassOf[d] = cls;
  }
  return { placeListOf, exposureClassOf, placeSignatures };
}
