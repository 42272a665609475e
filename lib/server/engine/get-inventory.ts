/**
 * The engine's inventory, loaded once per data revision and shared by every request of the process
 * (revision-cache.ts): a change anywhere (in any server process) makes the next request reload,
 * while a burst of previews between changes costs one single-row read each.
 */
import "server-only";
import type { Inventory } from "@/lib/domain";
import { db } from "@/lib/server/db/client";
import { perRevision } from "./revision-cache";
import { loadInventory } from "./load-inventory";

export interface InventoryAt {
  revision: string;
  inventory: Inventory;
}

export const getInventory = perRevision("inventory", async (revision): Promise<InventoryAt> => ({
  revision,
  inventory: await loadInventory(db),
}));
