/**
 * The engine's inventory, loaded once per data revision and shared by every request of the process.
 * Every mutation writes an audit event in its transaction, so the newest audit event identifies the
 * revision: a change anywhere (in any server process) makes the next request reload, while a burst
 * of previews between changes costs one cheap indexed query each.
 */
import "server-only";
import type { Inventory } from "@/lib/domain";
import { db } from "@/lib/server/db/client";
import { currentRevision } from "./revision-cache";
import { loadInventory } from "./load-inventory";

export interface InventoryAt {
  revision: string;
  inventory: Inventory;
}

interface Store {
  current: { revision: string; loading: Promise<InventoryAt> } | null;
}
const store = globalThis as unknown as { tierscopeInventory?: Store };
const cache: Store = (store.tierscopeInventory ??= { current: null });

export async function getInventory(): Promise<InventoryAt> {
  const revision = await currentRevision();
  const hit = cache.current;
  if (hit && hit.revision === revision) return hit.loading;
  // Concurrent requests for the same revision share one load.
  const loading = loadInventory(db).then((inventory) => ({ revision, inventory }));
  cache.current = { revision, loading };
  loading.catch(() => {
    if (cache.current?.loading === loading) cache.current = null;
  });
  return loading;
}
