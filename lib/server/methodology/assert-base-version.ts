import type { Tx } from "@/lib/server/db/create-client";
import { assertFreshOrThrow } from "@/lib/server/concurrency";
import { activeMethodologyVersion } from "./active-methodology";

/** Methodology changes are audited under this entity; the one id keeps "who changed it" simple. */
export const METHODOLOGY_ENTITY = { type: "methodology", id: "active" } as const;

/** Refuses (409, naming who and when) a change based on a version that is no longer active. */
export async function assertBaseVersion(tx: Tx, baseVersion: number): Promise<number> {
  const current = await activeMethodologyVersion(tx);
  if (current !== baseVersion)
    await assertFreshOrThrow(tx, METHODOLOGY_ENTITY.type, METHODOLOGY_ENTITY.id, "methodology");
  return current;
}
