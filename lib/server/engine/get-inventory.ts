/**
 * The engine's inventory, shared by every request of the process and kept per data revision
 * (revision-cache.ts): a change anywhere (in any server process) makes the next request look again,
 * while a burst of previews between changes costs one single-row read each.
 *
 * Looking again reloads only the parts that changed: statement triggers stamp each part of what
 * the engine reads with the revision that last wrote it (DataRevisionPart, migration
 * 20261202145628_inventory_part_revisions). A clause assessment reloads the contracts, not
 * 100,000 deployments; an annotation, a treatment or a user reloads nothing.
 */
import "server-only";
import type { Inventory } from "@/lib/domain";
import { db } from "@/lib/server/db/client";
import { partsChangedSince } from "./parts-changed-since";
import { perRevision } from "./revision-cache";
import {
  assembleInventory,
  INVENTORY_PARTS,
  loadInventoryParts,
  type InventoryParts,
} from "./load-inventory";

export interface InventoryAt {
  /** The data revision this was looked up at. */
  revision: string;
  inventory: Inventory;
  /**
   * The revision of the last change to anything an evaluation reads (the inventory, the scenarios'
   * rules, the methodology): evaluations computed at the same engine revision are still right.
   */
  engineRevision: string;
}

/** Parts outside the inventory that evaluations read too. */
const ENGINE_PARTS = ["scenarios", "methodology"] as const;

interface Held extends InventoryAt {
  parts: InventoryParts;
  epoch: string | null;
}
const store = globalThis as unknown as { tierscopeInventory?: Held };

const isOlder = (a: string, b: string) =>
  /^\d+$/.test(a) && /^\d+$/.test(b) && BigInt(a) < BigInt(b);

export const getInventory = perRevision("inventory", async (revision): Promise<InventoryAt> => {
  const previous = store.tierscopeInventory;
  const { changed, epoch } = await partsChangedSince(db, previous?.revision ?? "");
  // Another database (or none loaded yet) reloads every part; otherwise only the stamped ones.
  const fresh = !previous || epoch === null || epoch !== previous.epoch || !/^\d+$/.test(revision);
  const reload = new Set(INVENTORY_PARTS.filter((part) => fresh || changed.has(part)));
  const kept = reload.size === 0 ? previous : undefined;
  const parts = kept ? kept.parts : await loadInventoryParts(db, reload, previous?.parts);
  const held: Held = {
    revision,
    epoch,
    parts,
    inventory: kept ? kept.inventory : assembleInventory(parts),
    engineRevision:
      kept && !ENGINE_PARTS.some((part) => changed.has(part)) ? kept.engineRevision : revision,
  };
  // A slower, older load finishing last must not replace a newer one.
  if (!previous || !isOlder(revision, previous.revision)) store.tierscopeInventory = held;
  return {
    revision: held.revision,
    inventory: held.inventory,
    engineRevision: held.engineRevision,
  };
});
