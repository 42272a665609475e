import type { Tx } from "@/lib/server/db/create-client";
import { CHANGES_CHANNEL, type ChangeEvent } from "./change-event";

/**
 * Queues a NOTIFY inside the caller's transaction. PostgreSQL (and PGlite) deliver it only when the
 * transaction commits, so a rolled-back change announces nothing and listeners never see a change
 * before it is readable.
 */
export async function notifyChange(tx: Tx, event: ChangeEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(event)})`;
}
