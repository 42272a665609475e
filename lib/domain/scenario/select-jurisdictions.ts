import type { JurisdictionSelector } from "../types";
import type { InventoryIndex } from "./index-inventory";

/**
 * Which jurisdictions a rule covers, as a mask over jurisdiction indexes.
 *
 * Union of the listed groups and countries — or every jurisdiction when `allOthers` is set —
 * minus the excluded groups and countries. "All other jurisdictions" deliberately ignores the
 * scenario's other rules: it means "everywhere not excluded here", so adding a rule can never
 * shrink what another rule covers and therefore never loosens a cell.
 */
export function selectJurisdictions(
  selector: JurisdictionSelector,
  index: InventoryIndex,
): Uint8Array {
  const mask = new Uint8Array(index.codes.length);
  if (selector.allOthers) {
    mask.fill(1);
  } else {
    for (const groupId of selector.groupIds) {
      const members = index.groupMembers.get(groupId);
      if (members) for (const j of members) mask[j] = 1;
    }
    for (const code of selector.countries) {
      const j = index.codeIndex.get(code);
      if (j !== undefined) mask[j] = 1;
    }
  }
  for (const groupId of selector.excludeGroupIds) {
    const members = index.groupMembers.get(groupId);
    if (members) for (const j of members) mask[j] = 0;
  }
  for (const code of selector.excludeCountries) {
    const j = index.codeIndex.get(code);
    if (j !== undefined) mask[j] = 0;
  }
  return mask;
}

export function maskToIndexes(mask: Uint8Array): Int32Array {
  let count = 0;
  for (let j = 0; j < mask.length; j++) count += mask[j];
  const indexes = new Int32Array(count);
  let k = 0;
  for (let j = 0; j < mask.length; j++) if (mask[j] === 1) indexes[k++] = j;
  return indexes;
}
