import { CAPABILITY_CLASSES, type AiModel, type Inventory } from "../types";
import { internExposureSets, type ExposureSets } from "./intern-exposure";

/**
 * Numeric indexes over the inventory so the hot loops work on typed arrays instead of string
 * look-ups. Built once per evaluation; depends only on the inventory, never on the scenario.
 */
export interface InventoryIndex {
  readonly inventory: Inventory;
  /** Jurisdiction codes by index, in code order; codes used by deployments but missing from the inventory are appended. */
  readonly codes: string[];
  readonly codeIndex: Map<string, number>;
  /** Jurisdiction names by index (the code itself for codes missing from the inventory). */
  readonly names: string[];
  readonly regionOf: string[];
  readonly modelIndex: Map<string, number>;
  readonly vendorIndex: Map<string, number>;
  /** Vendor index per model, -1 when the vendor is not in the inventory. */
  readonly modelVendor: Int32Array;
  /** Rank in CAPABILITY_CLASSES per model. */
  readonly modelCapability: Uint8Array;
  /** Model index per deployment. */
  readonly deploymentModel: Int32Array;
  /** Fallback model index per deployment, -1 when none or unknown. */
  readonly deploymentFallback: Int32Array;
  readonly exposure: ExposureSets;
  /** Member jurisdiction indexes per group id (codes not in the inventory are left out). */
  readonly groupMembers: Map<string, Int32Array>;
  /** Indexes into inventory.groups per jurisdiction, for the country-group roll-up. */
  readonly groupsOf: Int32Array[];
}

export const UNKNOWN_REGION = "Unknown";

export function indexInventory(inventory: Inventory): InventoryIndex {
  const codes: string[] = [];
  const names: string[] = [];
  const codeIndex = new Map<string, number>();
  const regionOf: string[] = [];
  // Indexes follow code order, so ordering by index is ordering by code (ties in "where access
  // comes from" are broken by code without comparing strings in the hot loop).
  const byCode = [...inventory.jurisdictions].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  for (const jurisdiction of byCode) {
    if (codeIndex.has(jurisdiction.code)) continue;
    codeIndex.set(jurisdiction.code, codes.length);
    codes.push(jurisdiction.code);
    names.push(jurisdiction.name);
    regionOf.push(jurisdiction.region);
  }

  const vendorIndex = new Map<string, number>();
  inventory.vendors.forEach((vendor, i) => vendorIndex.set(vendor.id, i));

  const modelIndex = new Map<string, number>();
  const modelVendor = new Int32Array(inventory.models.length);
  const modelCapability = new Uint8Array(inventory.models.length);
  inventory.models.forEach((model: AiModel, i) => {
    modelIndex.set(model.id, i);
    modelVendor[i] = vendorIndex.get(model.vendorId) ?? -1;
    modelCapability[i] = CAPABILITY_CLASSES.indexOf(model.capabilityClass);
  });

  const deployments = inventory.deployments;
  const deploymentModel = new Int32Array(deployments.length);
  const deploymentFallback = new Int32Array(deployments.length);
  for (let i = 0; i < deployments.length; i++) {
    const deployment = deployments[i];
    const model = modelIndex.get(deployment.modelId);
    if (model === undefined) {
      throw new Error(
        `Deployment ${deployment.ref} uses model "${deployment.modelId}", which is not in the inventory`,
      );
    }
    deploymentModel[i] = model;
    const fallbackId = deployment.fallbackModelId;
    deploymentFallback[i] = fallbackId === null ? -1 : (modelIndex.get(fallbackId) ?? -1);
  }

  // Alpha-2 codes index a small table directly: reach lists hold over a million codes, and a
  // Map look-up per code would cost more than the rest of the evaluation's per-code work.
  const alpha2 = new Int32Array(26 * 26).fill(-1);
  const slotOf = (code: string): number => {
    if (code.length !== 2) return -1;
    const first = code.charCodeAt(0) - 65;
    const second = code.charCodeAt(1) - 65;
    return first >= 0 && first < 26 && second >= 0 && second < 26 ? first * 26 + second : -1;
  };
  codes.forEach((code, j) => {
    const slot = slotOf(code);
    if (slot >= 0) alpha2[slot] = j;
  });

  // Interning may discover codes the jurisdiction list lacks; they join the universe so that
  // "all other jurisdictions" covers them too (worst case rather than silently ignoring them).
  const exposure = internExposureSets(deployments, (code) => {
    const slot = slotOf(code);
    if (slot >= 0 && alpha2[slot] >= 0) return alpha2[slot];
    let index = codeIndex.get(code);
    if (index === undefined) {
      index = codes.length;
      codeIndex.set(code, index);
      codes.push(code);
      names.push(code);
      regionOf.push(UNKNOWN_REGION);
      if (slot >= 0) alpha2[slot] = index;
    }
    return index;
  });

  const groupMembers = new Map<string, Int32Array>();
  const groupLists: number[][] = codes.map(() => []);
  inventory.groups.forEach((group, g) => {
    const members = new Set<number>();
    for (const code of group.members) {
      const index = codeIndex.get(code);
      if (index !== undefined) members.add(index);
    }
    const sorted = Int32Array.from(members).sort();
    groupMembers.set(group.id, sorted);
    for (const j of sorted) groupLists[j].push(g);
  });

  return {
    inventory,
    codes,
    codeIndex,
    names,
    regionOf,
    modelIndex,
    vendorIndex,
    modelVendor,
    modelCapability,
    deploymentModel,
    deploymentFallback,
    exposure,
    groupMembers,
    groupsOf: groupLists.map((list) => Int32Array.from(list)),
  };
}
